import Foundation
import Testing
import ICVTestSupport

/// SPEC.md "The annual report": a year not yet over is reported to date, through the built binary with today fixed at
/// 2 December 2026 (`ICV_TEST_NOW`).
@Suite struct ReportToDateTests {
    static let today = ["ICV_TEST_NOW": "2026-12-02T12:00:00Z"]

    /// Euston Street joined on 5 October 2026; V1 Ann Ray joined on 3 December 2021, V2 Ben Oke and V3 Cal Dee in 2010, Cal
    /// Dee to leave on 15 January 2027; one visit on 30 November with a referred request.
    private struct Scheme {
        let folder: TemporaryFolder
        var data: [String] { ["--data", folder.path("data")] }

        init() throws {
            folder = try TemporaryFolder()
            for command in [
                ["init", "--name", "To Date"], ["site", "add", "Euston Street", "--kind", "custody-suite", "--opened", "2026-10-05"],
                ["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2021-12-03"],
                ["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"],
                ["volunteer", "add", "Cal Dee", "--scheme", "icv", "--joined", "2010-01-01"], ["volunteer", "update", "V3", "--left", "2027-01-15"],
                InProcessICV.visit(["date": "2026-11-30", "arrived": "10:00", "left": "11:00", "in-custody": "3", "not-available": "0",
                                    "offered": "2", "spoken-to": "1"]),
                ["request", "add", "CV1", "--category", "solicitor", "--status", "referred"],
            ] {
                let result = try run(command)
                guard result.exitCode == 0 else { throw SetupFailure(command: command.joined(separator: " "), stderr: result.stderr) }
            }
        }

        func run(_ arguments: [String]) throws -> BuiltICV.Output {
            try BuiltICV.run(arguments + data, in: folder.url, environment: ReportToDateTests.today)
        }
    }

    @Test("--json says the year is not complete and gives today as the day its figures are taken")
    func json() throws {
        let result = try Scheme().run(["report", "annual", "--year", "2026", "--json"])
        #expect(result.exitCode == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["asOf"] as? String == "2026-12-02")
        #expect(report["complete"] as? Bool == false)
        let volunteers = try #require(report["volunteers"] as? [String: Any])
        #expect(volunteers["icvActiveAtYearEnd"] as? Int == 3)
        #expect((report["requests"] as? [String: Any])?["open"] as? Int == 1)
    }

    @Test("a finished year's --json is complete, as at its 31 March")
    func finished() throws {
        let result = try Scheme().run(["report", "annual", "--year", "2025", "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["asOf"] as? String == "2026-03-31")
        #expect(report["complete"] as? Bool == true)
    }

    @Test("the Markdown says the year is reported to date and names the day wherever a figure is taken at the end; with no kennels, it says nothing of them")
    func markdown() throws {
        let result = try Scheme().run(["report", "annual", "--year", "2026"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(!result.stdout.lowercased().contains("kennel"))
        let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/annual-2026-27-to-date.md")
        #expect(result.stdout == (try String(contentsOf: expected, encoding: .utf8)))
    }

    @Test("a year that has not begun is refused, and nothing changes")
    func notBegun() throws {
        let scheme = try Scheme()
        let before = scheme.folder.snapshot()
        let result = try scheme.run(["report", "annual", "--year", "2027"])
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: 2027/28 has not begun: it starts on 1 April 2027 (today is 2 December 2026). Give a year that has begun.\n")
        #expect(scheme.folder.snapshot() == before)
    }
}
