import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// `.open-items.json`: `status` takes its open requests and issues from the index while a year's files are unchanged, and
/// builds the year again from the records as soon as one changes, by icv or by hand; the rest of icv leaves the file alone.
@Suite struct OpenItemIndexTests {
    private static let index = OpenItemIndex.path

    /// The small scheme with CV1 (Euston Street, 2 May 2015) and R1 on it, referred.
    private static func referred() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
        return icv
    }

    private static func url(_ icv: InProcessICV, _ relative: String) -> URL {
        URL(fileURLWithPath: icv.dataPath).appendingPathComponent(relative)
    }

    /// The ids of the requests `status --json` lists on the date.
    private static func openRequests(_ icv: InProcessICV, on date: String) throws -> [String] {
        let json = try icv.succeed(["status", "--date", date, "--json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (report?["openRequests"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// Status as text and as JSON on the date: first worked out from the records alone (no index file), then again from
    /// the index those runs wrote.
    private static func withAndWithoutIndex(_ icv: InProcessICV, on date: String) throws -> (records: [String], index: [String]) {
        var records: [String] = []
        for arguments in [["status", "--date", date], ["status", "--date", date, "--json"]] {
            try? FileManager.default.removeItem(at: url(icv, index))
            records.append(try icv.succeed(arguments))
        }
        #expect(FileManager.default.fileExists(atPath: url(icv, index).path))
        let fromIndex = [try icv.succeed(["status", "--date", date]), try icv.succeed(["status", "--date", date, "--json"])]
        return (records, fromIndex)
    }

    /// Edits a data file as a person would, in place with a text editor's save: same inode, new bytes.
    private static func handEdit(_ icv: InProcessICV, _ relative: String, _ change: (String) -> String) throws {
        // Some disks stamp files with a clock that ticks every few milliseconds; a person's edit comes later than that.
        Thread.sleep(forTimeInterval: 0.02)
        let file = url(icv, relative)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = change(text)
        #expect(edited != text, "the edit changed nothing")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
    }

    // MARK: - The same answer

    @Test("on the sample, status from the index is what it is without one, today and on past dates", arguments: [
        "2014-08-10", "2014-11-01", "2015-03-10", "2015-03-31", "2022-01-15", "2024-06-01",
    ])
    func sample(date: String) throws {
        // 1 June 2024, so every year of the sample is in the past.
        let icv = try InProcessICV(now: Date(timeIntervalSince1970: 1_717_243_200))
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/leicestershire")
        try FileManager.default.copyItem(at: sample, to: URL(fileURLWithPath: icv.dataPath))
        let (records, index) = try Self.withAndWithoutIndex(icv, on: date)
        #expect(index == records)
        // I2, I4 and I7 were open for more than 14 days around these dates: the comparison is not of empty lists.
        if ["2014-08-10", "2014-11-01", "2015-03-10"].contains(date) {
            #expect(records[0].contains("Issues open for more than 14 days:\nID"))
        }
    }

    @Test("an old request referred long ago is listed, and one resolved after the date asked about, from the index too")
    func oldItems() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["date": "2013-05-02"]))
        try icv.succeed(InProcessICV.visit(["date": "2014-05-02"]))
        try icv.succeed(["request", "add", "CV1", "--category", "doctor-or-nurse", "--status", "referred"])
        try icv.succeed(["request", "add", "CV2", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["request", "resolve", "R2", "--outcome", "Solicitor called", "--date", "2015-05-01"])
        for _ in 0..<2 {
            #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
            #expect(try Self.openRequests(icv, on: "2015-04-01") == ["R1", "R2"])
        }
    }

    /// R1 referred, status run once so the index holds it; then R99, a request only the index knows of, written into the
    /// index beside it, with the index's schema version set to `version`.
    private static func planted(version: Int) throws -> InProcessICV {
        let icv = try Self.referred()
        #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
        let file = Self.url(icv, Self.index)
        let text = try String(contentsOf: file, encoding: .utf8)
        let planted = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \(version)")
            .replacingOccurrences(of: "\"request R1 ", with: "\"request R99 CV1 2015-05-02 - solicitor euston-street\",\n\"request R1 ")
        #expect(planted.contains("R99"))
        try Data(planted.utf8).write(to: file)
        return icv
    }

    @Test("the index reads back as it was written, a missing signature and a site with a space included")
    func writtenIndexReadsBack() throws {
        var index = OpenItemIndex()
        let entry = try #require(OpenItemIndex.Entry("request R12 CV3 2015-05-02 - solicitor euston street"))
        let closed = try #require(OpenItemIndex.Entry("issue I4 KI2 2015-06-01 2015-07-30 food dog-unit"))
        index.years["2015-16"] = OpenItemIndex.Year(
            files: OpenItemIndex.Signatures(requests: "1-2-3", issues: nil, visits: "4-5-6", kennelInspections: "7"),
            entries: [entry, closed])
        index.years["2016-17"] = OpenItemIndex.Year(
            files: OpenItemIndex.Signatures(requests: nil, issues: "8", visits: nil, kennelInspections: nil), entries: [])
        #expect(OpenItemIndex.decoded(index.json.prettyText) == index)
        #expect(entry.site == "euston street" && closed.closedOn == LocalDate("2015-07-30"))
    }

    @Test("a year whose files are unchanged is read from the index, not from its records")
    func indexIsUsed() throws {
        let icv = try Self.planted(version: OpenItemIndex.version)
        #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R99", "R1"])
    }

    @Test("an index of another version is not trusted, even where its signatures match the files")
    func otherVersion() throws {
        let icv = try Self.planted(version: OpenItemIndex.version + 1)
        #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
        let rewritten = try Data(contentsOf: Self.url(icv, Self.index))
        #expect(OpenItemIndex.decoded(rewritten)?.schemaVersion == OpenItemIndex.version)
    }

    // MARK: - Built again when a file changes

    @Test("a request resolved with icv shows as closed in the next status, and open on the days before")
    func resolvedByICV() throws {
        let icv = try Self.referred()
        #expect(try Self.openRequests(icv, on: "2015-05-20") == ["R1"])
        try icv.succeed(["request", "resolve", "R1", "--outcome", "Solicitor called", "--date", "2015-05-19"])
        #expect(try Self.openRequests(icv, on: "2015-05-20") == [])
        #expect(try Self.openRequests(icv, on: "2015-05-18") == ["R1"])
    }

    @Test("a hand edit of a requests file is seen by the next status", arguments: [
        ("a resolution date moved earlier, same size, in place", "2015-05-30",
         "\"resolvedOn\" : \"2015-05-30\"", "\"resolvedOn\" : \"2015-05-10\""),
        ("a referred request marked resolved, with its date and outcome", nil,
         "\"status\" : \"referred\"", "\"outcome\" : \"Called\",\n      \"resolvedOn\" : \"2015-05-10\",\n      \"status\" : \"resolved\""),
    ] as [(String, String?, String, String)])
    func handEdited(why: String, resolvedOn: String?, text: String, replacement: String) throws {
        let icv = try Self.referred()
        if let resolvedOn {
            try icv.succeed(["request", "resolve", "R1", "--outcome", "Called", "--date", resolvedOn])
        }
        #expect(try Self.openRequests(icv, on: "2015-05-20") == ["R1"], "\(why)")
        try Self.handEdit(icv, "requests/2015-16.json") { $0.replacingOccurrences(of: text, with: replacement) }
        #expect(try Self.openRequests(icv, on: "2015-05-20") == [], "\(why)")
    }

    @Test("a damaged index, one of another version or another shape is ignored and replaced", arguments: [
        "{ not json",
        #"{"schemaVersion": 2, "years": {}}"#,
        #"{"schemaVersion": 0, "years": {}}"#,
        #"{"years": {}}"#,
        #"{"schemaVersion": 1, "years": []}"#,
        #"{"schemaVersion": 1, "years": {"2015-16": {"files": {}, "entries": ["request R1"]}}}"#,
    ])
    func damagedIndex(text: String) throws {
        let icv = try Self.referred()
        let file = Self.url(icv, Self.index)
        try Data(text.utf8).write(to: file)
        #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
        let rewritten = try #require(OpenItemIndex.decoded(try Data(contentsOf: file)))
        #expect(rewritten.years["2015-16"]?.entries.map(\.id) == ["R1"])
    }

    @Test("years no longer holding requests or issues are dropped from the index")
    func droppedYears() throws {
        let icv = try Self.referred()
        _ = try Self.openRequests(icv, on: "2015-06-01")
        try FileManager.default.removeItem(at: Self.url(icv, "requests/2015-16.json"))
        #expect(try Self.openRequests(icv, on: "2015-06-01") == [])
        let index = try #require(OpenItemIndex.decoded(try Data(contentsOf: Self.url(icv, Self.index))))
        #expect(index.years.isEmpty)
    }

    @Test("a requests file that is not JSON still stops status with its path, index or not")
    func damagedDataFile() throws {
        let icv = try Self.referred()
        _ = try Self.openRequests(icv, on: "2015-06-01")
        try Self.handEdit(icv, "requests/2015-16.json") { $0.replacingOccurrences(of: "\"referred\"", with: "referred") }
        let result = icv.run(["status"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("error: \(icv.dataPath)/requests/2015-16.json is not valid JSON"))
    }

    // MARK: - A housekeeping file

    @Test("the index is readable by its owner only, and no temporary is left beside it")
    func permissions() throws {
        let icv = try Self.referred()
        _ = try Self.openRequests(icv, on: "2015-06-01")
        let attributes = try FileManager.default.attributesOfItem(atPath: Self.url(icv, Self.index).path)
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o777 == 0o600)
        #expect(!icv.snapshot().keys.contains { $0.hasSuffix(".tmp") })
    }

    @Test("a folder where the index cannot be written still gets the right status, every time")
    func unwritable() throws {
        let icv = try Self.referred()
        // A folder in the index's place: the rename over it fails as on a read-only disk, even for root.
        try FileManager.default.createDirectory(at: Self.url(icv, Self.index + "/in-the-way"), withIntermediateDirectories: true)
        for _ in 0..<2 {
            #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
        }
    }

    @Test("status adds no audit line and no undo entry, and undo after it reverts the change before it")
    func undoAfterStatus() throws {
        let icv = try Self.referred()
        let before = icv.snapshot()
        #expect(try Self.openRequests(icv, on: "2015-06-01") == ["R1"])
        var after = icv.snapshot()
        #expect(after.removeValue(forKey: Self.index) != nil)
        #expect(after.removeValue(forKey: ".checked.json") != nil)
        #expect(after == before, "status changed a file other than its caches")
        let undone = icv.run(["undo", "--yes"])
        #expect(undone.exitCode == 0, "\(undone.stderr)")
        #expect(undone.stdout.hasPrefix("Undone: `request add`"))
        #expect(try Self.openRequests(icv, on: "2015-06-01") == [])
    }

    @Test("the sweep for stray temporaries before each command keeps the index")
    func recoveryKeepsIndex() throws {
        let icv = try Self.referred()
        _ = try Self.openRequests(icv, on: "2015-06-01")
        let index = try #require(icv.snapshot()[Self.index])
        try icv.succeed(["visit", "list"])
        #expect(icv.snapshot()[Self.index] == index)
    }

    @Test("check says the same with the index as without it")
    func checkIgnoresIndex() throws {
        let icv = try CheckTests.scheme()
        let without = icv.run(["check", "--json"])
        _ = try Self.openRequests(icv, on: "2015-06-01")
        #expect(FileManager.default.fileExists(atPath: Self.url(icv, Self.index).path))
        let with = icv.run(["check", "--json"])
        #expect(with.exitCode == 0)
        #expect(with == without)
    }
}
