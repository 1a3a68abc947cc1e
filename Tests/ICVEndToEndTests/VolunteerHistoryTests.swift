import Foundation
import Testing
import ICVTestSupport

/// SPEC "Volunteers" through the built binary: vetting kept as a dated history, judged on each date by the clearance in
/// force then, and hours only between joining and leaving.
@Suite struct VolunteerHistoryTests {
    /// A scheme made through the binary (Euston Street, Keyham Lane; V1 Ann Ray, V2 Ben Oke) with V3 Cal Dee, vetted from 6 January 2020
    /// to 6 January 2023.
    private struct Scheme {
        let folder: TemporaryFolder
        let data: [String]

        init() throws {
            folder = try TemporaryFolder()
            data = try BuiltICV.makeScheme(in: folder)
            try run(["volunteer", "add", "Cal Dee", "--scheme", "icv", "--joined", "2020-01-06",
                     "--vetting-cleared", "2020-01-06", "--vetting-expires", "2023-01-06"])
        }

        @discardableResult
        func run(_ arguments: [String], expect exitCode: Int32 = 0) throws -> BuiltICV.Output {
            let result = try BuiltICV.run(arguments + data, in: folder.url)
            #expect(result.exitCode == exitCode, "\(arguments): \(result.stderr)")
            return result
        }

        /// The vetting section of `status --date DATE`, up to the probationers' section after it.
        func vettingDue(on date: String) throws -> String {
            let text = try run(["status", "--date", date]).stdout
            let start = text.range(of: "Vetting expiring")?.lowerBound ?? text.endIndex
            let end = text.range(of: "Probationers")?.lowerBound ?? text.endIndex
            return String(text[start..<max(start, end)])
        }

        func snapshot() -> [String: Data] { TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data")) }
    }

    @Test("a renewal keeps the clearance before it: a past Monday's status still shows the old expiry, show lists both, and check warns of a visit made in the lapse")
    func vettingRenewal() throws {
        let scheme = try Scheme()
        let expiring = """
            Vetting expiring within 60 days or expired:
            ID  NAME     EXPIRES     WHEN
            --  -------  ----------  ----------
            V3  Cal Dee  2023-01-06  in 32 days


            """
        #expect(try scheme.vettingDue(on: "2022-12-05") == expiring)
        let lapsed = try scheme.run(["visit", "log", "--site", "Euston Street", "--date", "2023-02-01", "--arrived", "10:00", "--left", "11:00",
                                     "--visitors", "V1,V3", "--in-custody", "3", "--offered", "2", "--spoken-to", "1"])
        #expect(lapsed.stderr == "warning: Cal Dee (V3)'s vetting expired on 6 January 2023, before this visit. Renew it with `icv volunteer update V3 --vetting-cleared DATE --vetting-expires DATE`.\n")
        #expect(try scheme.run(["volunteer", "update", "V3", "--vetting-cleared", "2023-03-01", "--vetting-expires", "2026-03-01"]).stdout
            == "Updated V3 Cal Dee: vetting cleared 1 March 2023, expires 1 March 2026.\n")

        #expect(try scheme.vettingDue(on: "2022-12-05") == expiring)
        #expect(try scheme.vettingDue(on: "2023-02-06").contains("V3  Cal Dee  2023-01-06  expired 31 days ago\n"))
        #expect(try scheme.vettingDue(on: "2023-03-06") == "Vetting expiring within 60 days or expired: none.\n\n")
        #expect(try scheme.run(["volunteer", "show", "V3"]).stdout.hasSuffix("""
            Vetting history:
              cleared 2020-01-06  expires 2023-01-06
              cleared 2023-03-01  expires 2026-03-01

            """))

        let before = scheme.snapshot()
        let check = try scheme.run(["check"])
        #expect(check.stdout == """
            Warnings (accepted when recorded; not problems):
            visits/2022-23.json CV1: Cal Dee (V3)'s vetting expired on 6 January 2023, before this visit; it was renewed on 1 March 2023.

            Checked 4 files: 2 sites, 3 volunteers, 1 custody visit, 0 kennel inspections, 0 requests, 0 issues. No problems found; 1 warning.

            """)
        #expect(check.stderr == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(scheme.run(["check", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(json["problems"] as? [[String: String]] == [])
        #expect(json["warnings"] as? [[String: String]] == [[
            "file": "visits/2022-23.json", "id": "CV1",
            "problem": "Cal Dee (V3)'s vetting expired on 6 January 2023, before this visit; it was renewed on 1 March 2023.",
        ]])
        #expect(scheme.snapshot() == before)
    }

    @Test("hours on or after the day a volunteer left are refused, saying what to do, and change nothing", arguments: ["2024-08-15", "2024-10-01"])
    func hoursAfterLeaving(date: String) throws {
        let scheme = try Scheme()
        try scheme.run(["volunteer", "update", "V3", "--left", "2024-08-15"])
        let before = scheme.snapshot()
        let result = try scheme.run(["volunteer", "activity", "V3", "--date", date, "--kind", "training", "--hours", "2"], expect: 1)
        let day = date == "2024-08-15" ? "15 August 2024" : "1 October 2024"
        #expect(result.stderr == "error: Cal Dee left the scheme on 15 August 2024, so gave no hours on \(day). Check the date and the volunteer; if they have come back, record that first with `icv volunteer update V3 --status active --from DATE`.\n")
        #expect(result.stdout == "")
        #expect(scheme.snapshot() == before)
        #expect(try scheme.run(["volunteer", "activity", "V3", "--date", "2024-08-14", "--kind", "training", "--hours", "2"]).stdout
            == "Recorded 2 hours of training for Cal Dee (V3) on 14 August 2024.\n")
    }
}
