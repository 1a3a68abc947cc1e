import Foundation
import Testing
import ICVDomain
import ICVTestSupport

/// The built `icv`, run as a separate process on real folders.
@Suite struct EndToEndTests {
    static let sample = BuiltICV.repository.appendingPathComponent("Samples/leicestershire")

    @Test("a new user's first steps: init, a suite, a pair, a visit, the list")
    func firstSteps() throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        let logged = try BuiltICV.run(data + InProcessICV.visit(["date": "2014-05-02"]), in: folder.url)
        #expect(logged.exitCode == 0)
        #expect(logged.stdout == "Logged CV1: Euston Street, Fri 2 May 2014, 19:40–21:05, Ann Ray and Ben Oke; 7 of 8 offered spoken to\n")
        let listed = try BuiltICV.run(["visit", "list"] + data, in: folder.url)
        #expect(listed.stdout.contains("CV1  2014-05-02  Fri  Euston Street  19:40–21:05  Ann Ray, Ben Oke"))
    }

    @Test("rejected input leaves every file byte for byte unchanged", arguments: [
        (InProcessICV.visit(["date": "2014-05-32"]), Int32(1)),
        (InProcessICV.visit(["offered": "20"]), Int32(1)),
        (InProcessICV.visit(["visitors": "V1"]), Int32(1)),
        (InProcessICV.visit(extra: ["--bogus"]), Int32(2)),
        (["site", "target", "euston-street", "0/week", "--from", "2014-04-01"], Int32(1)),
        (["volunteer", "update", "V1", "--status", "active"], Int32(2)),
    ] as [([String], Int32)])
    func rejectedLeavesFiles(arguments: [String], exitCode: Int32) throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        let before = TemporaryFolder.snapshot(of: folder.url)
        let result = try BuiltICV.run(arguments + data, in: folder.url)
        #expect(result.exitCode == exitCode)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(TemporaryFolder.snapshot(of: folder.url) == before)
    }

    @Test("an issue whose category is from the other kind of visit's list is refused with the list that fits; nothing changes", arguments: [
        ("KI1", "cell-conditions", "cell-conditions is not an issue category for a kennel inspection. Use one of: housing, exercise, training, transport, health-records, feeding, dog-welfare, health-and-safety, other."),
        ("CV1", "feeding", "feeding is not an issue category for a custody visit. Use one of: health-and-safety, cell-conditions, food, detainee-welfare, dignity, allegation, staffing, other."),
    ])
    func issueCategoryRefused(visit: String, category: String, message: String) throws {
        let folder = try TemporaryFolder()
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Self.sample, to: data)
        let before = TemporaryFolder.snapshot(of: data)
        let result = try BuiltICV.run(["issue", "add", visit, "--category", category, "--detail", "Found", "--data", data.path],
                                      in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: \(message)\n")
        #expect(TemporaryFolder.snapshot(of: data) == before)
    }

    @Test("--json prints exactly one JSON document for every list on the sample", arguments: [
        ["site", "list"], ["site", "show", "keyham-lane"], ["volunteer", "list"], ["volunteer", "show", "V1"],
        ["visit", "list", "--year", "2014"], ["visit", "show", "CV1"], ["request", "list"], ["issue", "list"], ["kennel", "list"],
    ])
    func jsonParses(arguments: [String]) throws {
        let result = try BuiltICV.run(arguments + ["--json", "--data", Self.sample.path], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [Any] || arguments.contains("show"))
    }

    @Test("the sample reproduces the published 2014/15 figures")
    func sampleFigures() throws {
        let result = try BuiltICV.run(["visit", "list", "--year", "2014/15", "--json", "--data", Self.sample.path], in: BuiltICV.repository)
        let visits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(visits.count == 153)
        var bySite: [String: Int] = [:]
        for visit in visits { bySite[visit["site"] as? String ?? "", default: 0] += 1 }
        #expect(bySite == ["beaumont-leys": 54, "euston-street": 51, "keyham-lane": 45, "wigston": 3])
        #expect(visits.reduce(0) { $0 + ($1["inCustody"] as? Int ?? 0) } == 1035)
        #expect(visits.reduce(0) { $0 + ($1["offered"] as? Int ?? 0) } == 490)
        #expect(visits.reduce(0) { $0 + ($1["spokenTo"] as? Int ?? 0) } == 475)

        let requests = try BuiltICV.run(["request", "list", "--year", "2014", "--json", "--data", Self.sample.path], in: BuiltICV.repository)
        var byCategory: [String: Int] = [:]
        for request in try #require(try JSONSerialization.jsonObject(with: Data(requests.stdout.utf8)) as? [[String: Any]]) {
            byCategory[request["category"] as? String ?? "", default: 0] += 1
        }
        #expect(byCategory == ["doctor-or-nurse": 11, "refreshments": 38, "phone-call": 22, "reading-material": 15, "blankets": 21,
                               "update-on-detention": 9, "solicitor": 8, "exercise": 7, "tissues": 3, "religious-text": 2])

        let volunteers = try BuiltICV.run(["volunteer", "list", "--json", "--data", Self.sample.path], in: BuiltICV.repository)
        let register = try #require(try JSONSerialization.jsonObject(with: Data(volunteers.stdout.utf8)) as? [[String: Any]])
        let activeAtYearEnd = register.filter { volunteer in
            let history = volunteer["statusHistory"] as? [[String: String]] ?? []
            let status = history.last { ($0["from"] ?? "") <= "2015-03-31" }?["status"]
            return status == "active" || status == "probation"
        }
        #expect(activeAtYearEnd.count == 26)
    }

    @Test("the sample script rebuilds Samples/ byte for byte through the icv command line")
    func samplesReproduce() throws {
        let folder = try TemporaryFolder()
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        script.arguments = ["python3", BuiltICV.repository.appendingPathComponent("Scripts/build-samples").path,
                            "--icv", try BuiltICV.executable.path, "--out", folder.path]
        script.standardOutput = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()
        #expect(script.terminationStatus == 0)
        let built = TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("leicestershire"))
        // Running `icv status` on the sample leaves its cache there; the cache is not part of the sample.
        let committed = TemporaryFolder.snapshot(of: Self.sample).filter { $0.key != ".open-items.json" }
        #expect(Set(built.keys) == Set(committed.keys))
        for (path, data) in built {
            #expect(committed[path] == data, "\(path) differs from the committed sample: run Scripts/build-samples")
        }
    }

    @Test("the sample's visits, exported as CSV, import into a folder holding only its sites and register as the same files")
    func sampleRoundTrip() throws {
        let folder = try TemporaryFolder()
        let exported = try BuiltICV.run(["export", "visits", "--format", "csv", "--output", "visits.csv", "--data", Self.sample.path],
                                        in: folder.url)
        #expect(exported.exitCode == 0, "\(exported.stderr)")
        let fresh = folder.url.appendingPathComponent("fresh")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        for file in ["scheme.json", "volunteers.json"] {
            try FileManager.default.copyItem(at: Self.sample.appendingPathComponent(file), to: fresh.appendingPathComponent(file))
        }
        let imported = try BuiltICV.run(["import", "visits", "visits.csv", "--data", "fresh"], in: folder.url)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Imported 239 visits (CV1–CV239) from visits.csv: 153 in 2014/15, 86 in 2021/22.\n")
        let original = TemporaryFolder.snapshot(of: Self.sample).filter { $0.key.hasPrefix("visits/") }
        #expect(original.count == 2)
        #expect(TemporaryFolder.snapshot(of: fresh).filter { $0.key.hasPrefix("visits/") } == original)
    }

    @Test("many icv processes logging to one folder at once lose nothing")
    func concurrentWriters() throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        let executable = try BuiltICV.executable
        var processes: [Process] = []
        for writer in 0..<8 {
            for visit in 0..<3 {
                let process = Process()
                process.executableURL = executable
                process.arguments = data + InProcessICV.visit([
                    "site": writer % 2 == 0 ? "euston-street" : "keyham-lane",
                    "date": LocalDate(year: 2014, month: 5, day: 1)!.adding(days: writer * 3 + visit).description,
                    "arrived": String(format: "%02d:00", 8 + writer),
                    "left": String(format: "%02d:30", 8 + writer),
                ])
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                processes.append(process)
            }
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let listed = try BuiltICV.run(["visit", "list", "--json"] + data, in: folder.url)
        let visits = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(visits.count == 24)
        #expect(Set(visits.compactMap { $0["id"] as? String }).count == 24)
        let audit = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder.path("data/audit.jsonl"))), as: UTF8.self)
        #expect(audit.split(separator: "\n").filter { $0.contains(#""command":"visit log""#) }.count == 24)
        #expect(try BuiltICV.run(["check"] + data, in: folder.url).exitCode == 0)
    }

    @Test("icv check passes the sample, and exits 1 naming the request whose visit is gone")
    func checkSample() throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("sample")
        try FileManager.default.copyItem(at: Self.sample, to: copy)
        let passed = try BuiltICV.run(["check", "--data", copy.path], in: folder.url)
        #expect(passed.exitCode == 0)
        #expect(passed.stdout.hasSuffix("No problems found.\n"))
        let requests = copy.appendingPathComponent("requests/2014-15.json")
        let text = try String(contentsOf: requests, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"visit\" : \"CV1\"\n", with: "\"visit\" : \"CV999\"\n").utf8).write(to: requests)
        let before = TemporaryFolder.snapshot(of: copy)
        let failed = try BuiltICV.run(["check", "--data", copy.path], in: folder.url)
        #expect(failed.exitCode == 1)
        #expect(failed.stderr == "")
        #expect(failed.stdout.hasPrefix("requests/2014-15.json R1: It belongs to visit CV999, which does not exist.\n\n"))
        #expect(failed.stdout.hasSuffix(" 1 problem found.\n"))
        #expect(TemporaryFolder.snapshot(of: copy) == before)
    }

    @Test("ICV_DATA names the folder when --data is not given")
    func environmentFolder() throws {
        let folder = try TemporaryFolder()
        _ = try BuiltICV.makeScheme(in: folder)
        let result = try BuiltICV.run(["site", "list", "--json"], in: folder.url, environment: ["ICV_DATA": folder.path("data")])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("euston-street"))
    }
}
