import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

@Suite struct StorageTests {
    private func write(_ text: String, to relative: String, in icv: InProcessICV) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: icv.dataPath).appendingPathComponent(relative))
    }

    @Test("a file that does not parse is reported with its path, line and column, and is never overwritten")
    func corruptFile() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        try write("{\n  \"schemaVersion\": 1,\n  \"visits\": [ oops ]\n}\n", to: "visits/2015-16.json", in: icv)
        let before = icv.snapshot()
        for arguments in [InProcessICV.visit(["date": "2015-05-09"]), ["visit", "list"]] {
            let result = icv.run(arguments)
            #expect(result.exitCode == 1)
            #expect(result.stderr.hasPrefix("error: \(icv.dataPath)/visits/2015-16.json is not valid JSON at line 3, column 15"))
            #expect(result.stderr.contains("The file has not been changed: mend it by hand or restore it from a backup"))
        }
        #expect(icv.snapshot() == before)
    }

    @Test("a truncated file is reported at its end")
    func truncatedFile() throws {
        let icv = try InProcessICV.smallScheme()
        try write("{\n  \"schemaVersion\": 1,\n  \"volunteers\": [\n", to: "volunteers.json", in: icv)
        let result = icv.run(["volunteer", "list"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("error: \(icv.dataPath)/volunteers.json is not valid JSON at line 4, column 1"))
    }

    @Test("a value of the wrong form is reported with the field it is in")
    func badValue() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        let path = URL(fileURLWithPath: icv.dataPath).appendingPathComponent("visits/2015-16.json")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "2015-05-02", with: "2015-13-02")
        try Data(text.utf8).write(to: path)
        let result = icv.run(["visit", "list"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("error: \(path.path) has a value icv cannot read at visits[0].date: '2015-13-02' is not a date (YYYY-MM-DD)."))
    }

    @Test("a missing field is named")
    func missingField() throws {
        let icv = try InProcessICV.smallScheme()
        try write("{\n  \"schemaVersion\": 1,\n  \"name\": \"S\",\n  \"sites\": []\n}\n", to: "scheme.json", in: icv)
        let result = icv.run(["site", "list"])
        #expect(result.stderr.contains("scheme.json has a value icv cannot read at timeZone: the field is missing."))
    }

    @Test("a file with a newer schemaVersion is refused and left alone")
    func newerSchema() throws {
        let icv = try InProcessICV.smallScheme()
        try write("{\n  \"schemaVersion\": 2,\n  \"volunteers\": [],\n  \"futureField\": true\n}\n", to: "volunteers.json", in: icv)
        let before = icv.snapshot()
        let result = icv.run(["volunteer", "add", "Hal Jay", "--scheme", "icv", "--joined", "2015-01-01"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: \(icv.dataPath)/volunteers.json was written by a newer version of icv (schemaVersion 2; this one knows 1). It has not been changed: update icv to use this folder.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("files are 0600 and folders 0700, and no temporary file is left behind")
    func permissions() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(extra: ["--request", "tissues"]))
        let root = URL(fileURLWithPath: icv.dataPath)
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        var seen = 0
        for case let relative as String in walker {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(relative).path)
            let mode = (attributes[.posixPermissions] as? Int ?? 0) & 0o777
            let isFolder = attributes[.type] as? FileAttributeType == .typeDirectory
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(relative) has mode \(String(mode, radix: 8))")
            #expect(!relative.hasSuffix(".tmp"), "\(relative) was left behind")
            seen += 1
        }
        let rootMode = (try FileManager.default.attributesOfItem(atPath: root.path)[.posixPermissions] as? Int ?? 0) & 0o777
        #expect(rootMode == 0o700)
        #expect(seen >= 7)
    }

    @Test("files are pretty-printed with sorted keys, schemaVersion 1 and records in id order")
    func fileFormat() throws {
        let icv = try InProcessICV.smallScheme()
        let text = String(decoding: try #require(icv.snapshot()["ids.json"]), as: UTF8.self)
        #expect(text == """
            {
              "next" : {
                "CV" : 1,
                "I" : 1,
                "KI" : 1,
                "R" : 1,
                "V" : 8
              },
              "schemaVersion" : 1
            }

            """)
    }

    @Test("a syntax error's character offset becomes a line and column", arguments: [
        ("{\"a\": x}", 1, 7), ("{\n  \"a\": 1,\n  \"b\": ]\n}", 3, 8), ("", 1, 1),
    ])
    func lineAndColumn(text: String, line: Int, column: Int) {
        #expect(throws: StoreError.self) { try JSONCoding.readFile(Data(text.utf8), path: "f") { try JSONValue(reading: &$0) } }
        do {
            _ = try JSONCoding.readFile(Data(text.utf8), path: "f") { try JSONValue(reading: &$0) }
        } catch StoreError.unreadable(_, let foundLine, let foundColumn, _) {
            #expect((foundLine, foundColumn) == (line, column))
        } catch {
            Issue.record("not reported as unreadable: \(error)")
        }
    }
}

/// A file's signature tells a cache built from it that it has changed, by icv or by hand, without reading it.
@Suite struct SignatureTests {
    @Test("in memory: nil for no file; every write, append and removal of that path changes it, even back to the same bytes")
    func memory() throws {
        let store = MemoryStore()
        #expect(try store.signature(of: "requests/2015-16.json") == nil)
        try store.write(Data("one".utf8), to: "requests/2015-16.json")
        let first = try #require(try store.signature(of: "requests/2015-16.json"))
        #expect(try store.signature(of: "requests/2015-16.json") == first)
        try store.write(Data("two".utf8), to: "issues/2015-16.json")
        #expect(try store.signature(of: "requests/2015-16.json") == first, "another file's change is not this one's")
        var seen: Set<String> = [first]
        for change: (MemoryStore) throws -> Void in [
            { try $0.write(Data("one".utf8), to: "requests/2015-16.json") },
            { try $0.append(Data("+".utf8), to: "requests/2015-16.json") },
            { try $0.remove("requests"); try $0.write(Data("one".utf8), to: "requests/2015-16.json") },
        ] {
            try change(store)
            let signature = try #require(try store.signature(of: "requests/2015-16.json"))
            #expect(seen.insert(signature).inserted, "\(signature) was seen before")
        }
        try store.remove("requests/2015-16.json")
        #expect(try store.signature(of: "requests/2015-16.json") == nil)
    }

    @Test("on disk: nil for no file; a rewrite by icv with the same bytes, and a hand edit in place of the same size, change it")
    func folder() throws {
        let folder = try TemporaryFolder()
        let store = FolderStore(root: folder.url)
        let path = "requests/2015-16.json"
        #expect(try store.signature(of: path) == nil)
        try store.write(Data("{\"status\": \"referred\"}".utf8), to: path)
        let written = try #require(try store.signature(of: path))
        #expect(try store.signature(of: path) == written)
        try store.write(Data("{\"status\": \"referred\"}".utf8), to: path)
        let rewritten = try #require(try store.signature(of: path))
        #expect(rewritten != written)
        // An editor that saves in place keeps the inode and, here, the size: only the times tell.
        let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent(path))
        try handle.seek(toOffset: 12)
        try handle.write(contentsOf: Data("resolved".utf8))
        try handle.close()
        #expect(try store.read(path) == Data("{\"status\": \"resolved\"}".utf8))
        #expect(try store.signature(of: path) != rewritten)
        try store.remove(path)
        #expect(try store.signature(of: path) == nil)
    }
}

@Suite struct LedgerTests {
    @Test("commit writes only the files that changed, records sorted by id")
    func commitWritesChanged() throws {
        let store = MemoryStore()
        let ledger = Ledger(store: store)
        ledger.save(Scheme(name: "S", timeZone: "Europe/London"))
        try ledger.commitForTest()
        #expect(Set(store.files.keys) == ["scheme.json", "audit.jsonl"])
        #expect(!ledger.hasChanges)

        let year = FinancialYear(startYear: 2014)
        let second = try volunteer(2)
        let first = try volunteer(1)
        try ledger.save([second, first])
        try ledger.commitForTest()
        let reread = try Ledger(store: store).volunteers()
        #expect(reread.map(\.id) == [VolunteerID(1), VolunteerID(2)])
        #expect(try Ledger(store: store).years(.visits).isEmpty)
        #expect(try Ledger(store: store).records(.visits, in: year).isEmpty)
    }

    @Test("ids are handed out in turn per kind and never twice")
    func nextIDs() throws {
        let store = MemoryStore()
        let ledger = Ledger(store: store)
        ledger.startIDCounters()
        #expect(try ledger.nextID(CustodyVisit.self) == CustodyVisitID(1))
        #expect(try ledger.nextID(CustodyVisit.self) == CustodyVisitID(2))
        #expect(try ledger.nextID(Issue.self) == IssueID(1))
        try ledger.commitForTest()
        #expect(try Ledger(store: store).nextID(CustodyVisit.self) == CustodyVisitID(3))
    }

    @Test("the years of a kind include those staged but not yet written")
    func stagedYears() throws {
        let ledger = Ledger(store: MemoryStore())
        ledger.save([DetaineeRequest](), .requests, in: FinancialYear(startYear: 2021))
        #expect(try ledger.years(.requests) == [FinancialYear(startYear: 2021)])
        #expect(try ledger.years(.visits).isEmpty)
    }

    @Test("typed ids parse their own prefix only", arguments: [
        ("CV12", true), ("cv12", true), ("CV0", false), ("CV", false), ("KI12", false), ("V12", false), ("CV1x", false),
    ])
    func visitIDs(text: String, valid: Bool) {
        #expect((CustodyVisitID(text) != nil) == valid)
    }

    private func volunteer(_ number: Int) throws -> Volunteer {
        Volunteer(id: VolunteerID(number), name: "V \(number)", schemes: [.icv], joined: try #require(LocalDate("2010-01-01")), status: .active)
    }
}

extension Ledger {
    /// Commits as a command run at the tests' fixed moment, with no undo entry.
    func commitForTest() throws {
        try commit(as: "test", at: InProcessICV.defaultNow, undoable: false)
    }
}
