import Foundation
import Testing
import ICVDomain
import ICVTestSupport

/// Figures a board can trust (issue 13), through the built binary: a command that shows figures refuses records that
/// break a rule `icv check` checks, and a visit that could not have happened is refused with the exact message.
@Suite struct TrustTests {
    /// The built scheme with CV1 (2 May 2025, Euston Street, 19:40–21:05) edited by hand to 70 spoken to of 8 offered.
    private func impossibleFigure() throws -> BuiltScheme {
        let scheme = try BuiltScheme()
        try scheme.replace("visits/2025-26.json", #""spokenTo" : 7"#, with: #""spokenTo" : 70"#)
        try scheme.replace("visits/2025-26.json", #""declined" : 1"#, with: #""declined" : -62"#)
        return scheme
    }

    private static let problem = "visits/2025-26.json CV1: 70 spoken to is more than the 8 offered a visit. Check --spoken-to and --offered."

    @Test("report, compliance and status refuse a record that breaks a rule of check, listing it as check does", arguments: [
        (["report", "annual", "--year", "2025"], "the 2025/26 report"),
        (["report", "annual", "--year", "2025", "--json"], "the 2025/26 report"),
        (["compliance", "--year", "2025"], "this compliance table"),
        (["status", "--date", "2025-05-05"], "this status"),
    ])
    func refused(arguments: [String], counting: String) throws {
        let scheme = try impossibleFigure()
        try scheme.refuse(arguments, """
            1 record that \(counting) counts breaks a rule that `icv check` checks, so its figures cannot be trusted:
              \(Self.problem)
            Mend it (by hand, or with `icv undo` if it was the last change), run `icv check` to see the whole folder is sound, then run this again.
            """)
        let check = try scheme.run(["check"], expect: 1)
        #expect(check.stdout.hasPrefix(Self.problem + "\n"))
    }

    @Test("status remembers files it found sound, and checks them again once one has changed")
    func soundFilesCache() throws {
        let scheme = try BuiltScheme()
        try scheme.run(["status", "--date", "2025-05-05"], expect: 0)
        #expect(FileManager.default.fileExists(atPath: scheme.file(".checked.json").path))
        try scheme.replace("visits/2025-26.json", #""spokenTo" : 7"#, with: #""spokenTo" : 70"#)
        let refused = try scheme.run(["status", "--date", "2025-05-05"], expect: 1)
        #expect(refused.stderr.contains(Self.problem))
    }

    @Test("a problem outside what a command counts does not stop it: another year's visit, or ids.json")
    func outsideScope() throws {
        let scheme = try impossibleFigure()
        try scheme.run(["report", "annual", "--year", "2024"], expect: 0)
        try scheme.run(["compliance", "--from", "2024-04-01", "--to", "2025-02-28"], expect: 0)
        try scheme.run(["status", "--date", "2024-05-06"], expect: 0)
        try scheme.replace("visits/2025-26.json", #""spokenTo" : 70"#, with: #""spokenTo" : 7"#)
        try scheme.replace("visits/2025-26.json", #""declined" : -62"#, with: #""declined" : 1"#)
        try scheme.replace("ids.json", #""CV" : 2"#, with: #""CV" : 1"#)
        try scheme.run(["check"], expect: 1)
        try scheme.run(["report", "annual", "--year", "2025"], expect: 0)
        try scheme.run(["status", "--date", "2025-05-05"], expect: 0)
    }

    @Test("a visitor in two places, a request with nobody spoken to, and an arrival still to come are refused")
    func impossibleVisits() throws {
        let scheme = try BuiltScheme()
        try scheme.refuse(InProcessICV.visit(["site": "keyham-lane", "date": "2025-05-02", "arrived": "21:00", "left": "22:00"]),
                          "Ann Ray (V1) was on another visit at the same time: CV1 at Euston Street on 2 May 2025, 19:40–21:05. One person cannot be in two places: check the visitors, the date and the times.")
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-02", "arrived": "20:00", "left": "20:30", "visitors": "V2,V1"], extra: ["--allow-duplicate"]),
                          "Ben Oke (V2) was on another visit at the same time: CV1 at Euston Street on 2 May 2025, 19:40–21:05. One person cannot be in two places: check the visitors, the date and the times.")
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-09", "offered": "0", "spoken-to": "0"], extra: ["--request", "blankets"]),
                          "Requests come from detainees spoken to, and nobody was spoken to on this visit, so it takes no request. Check --spoken-to.")
        // Today as the binary sees it: the scheme's time zone is London.
        let today = Clock(now: Date(), timeZone: try #require(TimeZone(identifier: "Europe/London"))).today
        try scheme.refuse(InProcessICV.visit(["date": "2099-05-09"]), "9 May 2099 is in the future (today is \(today.prose)). Log a visit once it has happened.")
    }
}
