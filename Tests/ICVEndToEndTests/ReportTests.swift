import Foundation
import Testing
import ICVTestSupport

/// `icv report annual` on the sample, compared whole with the expected reports kept beside this file.
@Suite struct ReportTests {
    static let sample = BuiltICV.repository.appendingPathComponent("Samples/leicestershire")
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    @Test("the sample's reports match the expected text", arguments: [
        (["--year", "2014"], "annual-2014-15.md"), (["--year", "2014", "--format", "html"], "annual-2014-15.html"),
        (["--year", "2022/23"], "annual-2022-23.md"),
    ])
    func matchesExpected(arguments: [String], file: String) throws {
        let result = try BuiltICV.run(["report", "annual", "--data", Self.sample.path] + arguments, in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        let expected = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(result.stdout == expected, "regenerate with: icv report annual --data Samples/leicestershire \(arguments.joined(separator: " ")) > Tests/ICVEndToEndTests/Expected/\(file)")
    }

    @Test("the 2014/15 report icv writes carries the published figures")
    func publishedFigures() throws {
        let markdown = try BuiltICV.run(["report", "annual", "--year", "2014", "--data", Self.sample.path], in: BuiltICV.repository).stdout
        #expect(markdown.contains("During 2014/15 a total of 153 visits were undertaken to the custody suites: 54 to Beaumont Leys, 51 to Euston Street, 45 to Keyham Lane and 3 to Wigston. At the time of the visits 1,035 people were in custody; 490 were offered a visit and 475 (96.9%) accepted and were spoken to."))
        #expect(markdown.contains("| Refreshments | 38 |\n| Phone call | 22 |\n| Blankets | 21 |\n| Reading material | 15 |\n| Doctor or nurse | 11 |\n| Update on their position or time of release | 9 |\n| Solicitor | 8 |\n| Exercise or fresh air | 7 |\n| Tissues | 3 |\n| Religious text | 2 |\n| **Total** | **136** |"))
        #expect(markdown.contains("At 31 March 2015 the scheme had 26 active custody visitors."))
    }

    @Test("the 2021/22 report carries the panel's figures")
    func figures2021() throws {
        let result = try BuiltICV.run(["report", "annual", "--year", "2021", "--data", Self.sample.path], in: BuiltICV.repository)
        #expect(result.stdout.contains("a total of 86 visits were undertaken to the custody suites: 3 to Beaumont Leys, 43 to Euston Street and 40 to Keyham Lane."))
        #expect(result.stdout.contains("At 31 March 2022 the scheme had 19 active custody visitors"))
        #expect(result.stdout.contains("Volunteers gave 364.0 hours in the year"))
    }

    @Test("the sample's kennel issue is the Animal Welfare Scheme's: under kennelInspections.issues, not in the custody issues")
    func kennelIssue() throws {
        let result = try BuiltICV.run(["report", "annual", "--year", "2022", "--json", "--data", Self.sample.path], in: BuiltICV.repository)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let kennels = try #require(report["kennelInspections"] as? [String: Any])
        #expect((kennels["issues"] as? NSDictionary) == ["total": 1, "byCategory": ["health-and-safety": 1], "open": 0] as NSDictionary)
        #expect((report["issues"] as? NSDictionary) == ["total": 0, "byCategory": [String: Int](), "open": 0] as NSDictionary)
    }

    @Test("the HTML page icv writes stands alone: no scripts, no outside files, every chart titled and described")
    func htmlSelfContained() throws {
        let html = try BuiltICV.run(["report", "annual", "--year", "2014", "--format", "html", "--data", Self.sample.path],
                                    in: BuiltICV.repository).stdout
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "http") == nil)
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(charts == 4)
        #expect(html.components(separatedBy: "<title>").count - 1 == charts + 1)
        #expect(html.components(separatedBy: "<desc ").count - 1 == charts)
        #expect(html.contains("@page { size: A4"))
    }

    @Test("--format csv writes one file per table into the --output folder, readable by the owner only")
    func csvFolder() throws {
        let folder = try TemporaryFolder()
        let result = try BuiltICV.run(["report", "annual", "--year", "2014", "--format", "csv", "--output", folder.path("csv"),
                                       "--data", Self.sample.path], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Wrote 14 CSV files for 2014/15 to \(folder.path("csv")).\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("csv")).sorted()
        #expect(names.count == 14)
        #expect(try String(contentsOfFile: folder.path("csv/issues.csv"), encoding: .utf8)
            == "category,number\nallegation,2\ndetainee-welfare,1\nhealth-and-safety,4\n")
        #expect(try String(contentsOfFile: folder.path("csv/kennel-issues.csv"), encoding: .utf8) == "category,number\n")
        #expect(try String(contentsOfFile: folder.path("csv/detainees.csv"), encoding: .utf8)
            == "inCustody,offered,spokenTo,declined,spokenToRate\n1035,490,475,15,0.9694\n")
        #expect(try String(contentsOfFile: folder.path("csv/custody-visits.csv"), encoding: .utf8)
            == "site,visits\nBeaumont Leys,54\nEuston Street,51\nKeyham Lane,45\nWigston,3\n")
        let mode = (try FileManager.default.attributesOfItem(atPath: folder.path("csv/hours.csv"))[.posixPermissions] as? Int ?? 0) & 0o777
        #expect(mode == 0o600)
    }

    @Test("--output FILE.html writes the HTML page; an output folder that does not exist is named")
    func outputPaths() throws {
        let folder = try TemporaryFolder()
        let written = try BuiltICV.run(["report", "annual", "--year", "2014", "--output", folder.path("report.html"), "--data", Self.sample.path],
                                       in: BuiltICV.repository)
        #expect(written.stdout == "Wrote the 2014/15 annual report to \(folder.path("report.html")).\n")
        #expect(try String(contentsOfFile: folder.path("report.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let missing = try BuiltICV.run(["report", "annual", "--year", "2014", "--output", folder.path("nowhere/report.md"), "--data", Self.sample.path],
                                       in: BuiltICV.repository)
        #expect(missing.exitCode == 1)
        #expect(missing.stderr == "error: There is no folder \(folder.path("nowhere")) to write report.md in. Check --output, or create the folder first.\n")
        let fileForFolder = try BuiltICV.run(["report", "annual", "--year", "2014", "--format", "csv", "--output", folder.path("report.html"),
                                              "--data", Self.sample.path], in: BuiltICV.repository)
        #expect(fileForFolder.exitCode == 1)
        #expect(fileForFolder.stderr.contains("is a file; --format csv writes one file per table into a folder."))
    }

    @Test("csv without --output, and a year that is not one, are refused", arguments: [
        (["--year", "2014", "--format", "csv"], Int32(1), "--format csv writes one file per table into a folder: add --output DIR."),
        (["--year", "14"], 1, "'14' is not a valid --year"),
        (["--year", "2014", "--format", "pdf"], 1, "'pdf' is not a valid --format: give one of markdown, html or csv."),
        ([String](), 2, "Missing --year YYYY."),
    ] as [([String], Int32, String)])
    func refused(arguments: [String], exitCode: Int32, message: String) throws {
        let result = try BuiltICV.run(["report", "annual", "--data", Self.sample.path] + arguments, in: BuiltICV.repository)
        #expect(result.exitCode == exitCode)
        #expect(result.stderr.contains(message))
    }
}
