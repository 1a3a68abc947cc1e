import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// Record list files are read straight from their bytes, with the same messages for a bad value as any file, and written
/// again keeping the text of every record that did not change.
@Suite struct RecordListFileTests {
    private static let visit = #"{"arrived": "19:40", "date": "2015-05-02", "id": "CV1", "inCustody": 6, "left": "21:05", "offered": 4, "site": "euston-street", "spokenTo": 3, "visitors": ["V1", "V2"]}"#

    /// A visits file holding the one visit above with `change` made to its text.
    private static func visits(_ change: (String) -> String = { $0 }) -> Data {
        Data(#"{"schemaVersion": 1, "visits": [\#(change(visit))]}"#.utf8)
    }

    private func readError<Record: StoredRecord>(_ data: Data, as type: Record.Type) -> StoreError? {
        do {
            _ = try RecordListFile<Record>(reading: data, path: "f.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("a bad value is named by its field, with what was expected", arguments: [
        (visits { $0.replacingOccurrences(of: "2015-05-02", with: "2015-02-30") }, "visits[0].date", "'2015-02-30' is not a date (YYYY-MM-DD)"),
        (visits { $0.replacingOccurrences(of: #""site": "euston-street", "#, with: "") }, "visits[0].site", "the field is missing"),
        (visits { $0.replacingOccurrences(of: #""inCustody": 6"#, with: #""inCustody": "6""#) }, "visits[0].inCustody", "expected a whole number but found a string"),
        (visits { $0.replacingOccurrences(of: #""inCustody": 6"#, with: #""inCustody": 6.5"#) }, "visits[0].inCustody", "expected a whole number but found a number"),
        (visits { $0.replacingOccurrences(of: #"["V1", "V2"]"#, with: #"["V1", 2]"#) }, "visits[0].visitors[1]", "expected a string but found a number"),
        (visits { $0.replacingOccurrences(of: #""euston-street""#, with: "null") }, "visits[0].site", "expected a string but found null"),
        (visits { $0.replacingOccurrences(of: #""CV1""#, with: #""R1""#) }, "visits[0].id", "'R1' is not a visit id"),
        (Data(#"{"schemaVersion": 1}"#.utf8), "visits", "the field is missing"),
        (Data(#"{"visits": []}"#.utf8), "schemaVersion", "the field is missing"),
        (Data(#"{"schemaVersion": 1, "visits": {}}"#.utf8), "visits", "expected an array but found an object"),
        (Data(#"[]"#.utf8), "(top)", "expected an object but found an array"),
    ])
    func badValues(data: Data, field: String, problem: String) {
        #expect(readError(data, as: CustodyVisit.self) == .invalidContent(path: "f.json", field: field, problem: problem))
    }

    @Test("a status, category or rating not in the list names the ones it may be")
    func badNames() {
        let request = Data(#"{"requests": [{"category": "phone-call", "id": "R1", "status": "pending", "visit": "CV1"}], "schemaVersion": 1}"#.utf8)
        #expect(readError(request, as: DetaineeRequest.self) == .invalidContent(
            path: "f.json", field: "requests[0].status", problem: "'pending' is not one of resolved-at-visit, referred, outstanding, resolved, not-actioned"))
        let inspection = Data(#"{"kennelInspections": [{"arrived": "10:00", "date": "2015-05-02", "dogsObserved": 3, "feedbackTo": [], "id": "KI1", "left": "11:00", "ratings": {"roof": "concern"}, "site": "k", "trainingObserved": false, "visitors": []}], "schemaVersion": 1}"#.utf8)
        #expect(readError(inspection, as: KennelInspection.self) == .invalidContent(
            path: "f.json", field: "kennelInspections[0].ratings.roof", problem: "'roof' is not one of housing, exercise, training, transport, health-records, feeding"))
    }

    @Test("a newer schema version, or a syntax error further on, is reported before a bad value read first")
    func moreBasicProblemsFirst() {
        let newer = Data(#"{"requests": [{"id": "R1", "status": "pending"}], "schemaVersion": 2}"#.utf8)
        #expect(readError(newer, as: DetaineeRequest.self) == .newerSchema(path: "f.json", version: 2))
        let newerButReadable = Data(#"{"requests": [], "schemaVersion": 2}"#.utf8)
        #expect(readError(newerButReadable, as: DetaineeRequest.self) == .newerSchema(path: "f.json", version: 2))
        let broken = Data("{\"visits\": [{\"id\": 1}],\n \"schemaVersion\": 1,,}".utf8)
        #expect(readError(broken, as: CustodyVisit.self) == .unreadable(path: "f.json", line: 2, column: 21, problem: "expected a quoted key"))
    }

    @Test("a key twice in one object is refused where it repeats, rather than one of its values lost on the next write")
    func duplicateKeys() throws {
        let twoLists = Data("{\"schemaVersion\": 1, \"visits\": [\(Self.visit)],\n \"visits\": []}".utf8)
        #expect(readError(twoLists, as: CustodyVisit.self)
            == .unreadable(path: "f.json", line: 2, column: 2, problem: "the key \"visits\" appears twice in one object"))
        let twoSites = Self.visits { $0.replacingOccurrences(of: #""id": "CV1""#, with: #""id": "CV1", "s\u0069te": "x""#) }
        #expect(readError(twoSites, as: CustodyVisit.self)
            == .unreadable(path: "f.json", line: 1, column: 154, problem: "the key \"site\" appears twice in one object"))
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Data(#"{"a": 1, "b": {"a": 2}, "a": 3}"#.utf8)) }
        _ = try JSONValue.parse(Data(#"{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}"#.utf8))
    }

    @Test("fields icv does not keep are read past: declined is worked out again from offered and spoken to")
    func unknownFields() throws {
        let data = Self.visits { $0.replacingOccurrences(of: #""id": "CV1", "#, with: #""id": "CV1", "declined": 9, "extra": {"a": [1, null, true]}, "#) }
        let visit = try #require(try RecordListFile<CustodyVisit>(reading: data, path: "f.json").records.first)
        #expect(visit.declined == 1)
        #expect(visit.site == "euston-street")
    }

    @Test("writing keeps the text of each record not changed, as the file has it, and encodes a changed or new one")
    func keepsUnchangedText() throws {
        let second = Self.visit.replacingOccurrences(of: "CV1", with: "CV2")
        let data = Data(#"{"schemaVersion": 1, "visits": [\#(Self.visit), \#(second)]}"#.utf8)
        let file = try RecordListFile<CustodyVisit>(reading: data, path: "f.json")
        var changed = file.records
        changed[1].notes = "Cell 3 was cold"
        var added = file.records[0]
        added.id = CustodyVisitID(3)
        let text = String(decoding: file.text(for: changed + [added]), as: UTF8.self)
        let encoded = { (visit: CustodyVisit) in
            String(decoding: visit.json.prettyText, as: UTF8.self).dropLast().replacingOccurrences(of: "\n", with: "\n    ")
        }
        #expect(text == "{\n  \"schemaVersion\" : 1,\n  \"visits\" : [\n    \(Self.visit),\n    \(encoded(changed[1])),\n    \(encoded(added))\n  ]\n}\n")
        #expect(try RecordListFile<CustodyVisit>(reading: Data(text.utf8), path: "f.json").records == changed + [added])
    }

    @Test("an empty list is written as []")
    func emptyList() throws {
        #expect(RecordListFile<ICVDomain.Issue>.none.text(for: []) == Data("{\n  \"issues\" : [],\n  \"schemaVersion\" : 1\n}\n".utf8))
    }
}

/// `Ledger.add` puts new records after a list it has not read, checking the file but not reading its records.
@Suite struct LedgerAddTests {
    private let year = FinancialYear(startYear: 2015)
    private let now = Date(timeIntervalSince1970: 1_500_000_000)

    private func request(_ number: Int, _ status: DetaineeRequest.Status = .resolvedAtVisit) -> DetaineeRequest {
        DetaineeRequest(id: RequestID(number), visit: CustodyVisitID(1), category: .phoneCall, detail: nil, status: status)
    }

    /// A store whose requests file for the year holds requests R1 and R2, written by icv.
    private func storeWithTwoRequests() throws -> MemoryStore {
        let store = MemoryStore()
        let ledger = Ledger(store: store)
        ledger.save([request(1), request(2, .referred)], .requests, in: year)
        try ledger.commit(as: "setup", at: now, undoable: false)
        return store
    }

    @Test("adding to a list not read writes what saving the whole list writes")
    func addEqualsSave() throws {
        let added = try storeWithTwoRequests()
        let ledger = Ledger(store: added)
        ledger.add([request(3)], .requests, in: year)
        try ledger.commit(as: "add", at: now, undoable: false)
        let saved = MemoryStore()
        let whole = Ledger(store: saved)
        whole.save([request(1), request(2, .referred), request(3)], .requests, in: year)
        try whole.commit(as: "save", at: now, undoable: false)
        #expect(added.files[DataFile.requests(year).path] == saved.files[DataFile.requests(year).path])
    }

    @Test("records added and then read in the same command are in the list, once")
    func addThenRead() throws {
        let ledger = Ledger(store: try storeWithTwoRequests())
        ledger.add([request(3)], .requests, in: year)
        #expect(try ledger.records(.requests, in: year).map(\.id.number) == [1, 2, 3])
        ledger.add([request(4)], .requests, in: year)
        #expect(try ledger.records(.requests, in: year).map(\.id.number) == [1, 2, 3, 4])
        try ledger.commit(as: "add", at: now, undoable: false)
        #expect(try Ledger(store: ledger.store).records(.requests, in: year).map(\.id.number) == [1, 2, 3, 4])
    }

    @Test("a list whose records are not read keeps a bad old value as it is, but a file that does not parse or is newer is refused")
    func checksTheFile() throws {
        let path = DataFile.requests(year).path
        let store = try storeWithTwoRequests()
        let text = String(decoding: try #require(store.files[path]), as: UTF8.self)
        for (damaged, refused) in [
            (text.replacingOccurrences(of: "\"phone-call\"", with: "\"pigeon\""), nil),
            (text.replacingOccurrences(of: "\"R2\",", with: "\"R2\""), StoreError.unreadable(path: "memory/\(path)", line: 12, column: 7, problem: "expected ',' or '}' in an object")),
            (text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2"), .newerSchema(path: "memory/\(path)", version: 2)),
        ] as [(String, StoreError?)] {
            let damagedStore = MemoryStore(files: [path: Data(damaged.utf8)])
            let ledger = Ledger(store: damagedStore)
            ledger.add([request(3)], .requests, in: year)
            do {
                try ledger.commit(as: "add", at: now, undoable: false)
                #expect(refused == nil)
                let written = String(decoding: try #require(damagedStore.files[path]), as: UTF8.self)
                let listEnd = try #require(damaged.range(of: "\n  ]"))
                #expect(written.hasPrefix(damaged[..<listEnd.lowerBound] + ",\n    {\n      \"category\" : \"phone-call\",\n      \"id\" : \"R3\""))
            } catch {
                #expect(error as? StoreError == refused)
                #expect(damagedStore.files[path] == Data(damaged.utf8))
            }
        }
    }
}

/// `Ledger.parts` reads only what a command needs of each record, the same from the file as from records already read.
@Suite struct LedgerPartsTests {
    @Test("each visit's site and date read alone match the whole records, for every year of the sample")
    func placesMatchRecords() throws {
        let store = FolderStore(root: SampleData.leicestershire)
        var compared = 0
        for year in try Ledger(store: store).years(.visits) {
            let fromFile: [VisitPlace] = try Ledger(store: store).parts(.visits, in: year)
            let records = try Ledger(store: store).records(.visits, in: year)
            #expect(fromFile.map(\.visit) == records.map { .custody($0.id) })
            #expect(fromFile.map(\.site) == records.map(\.site))
            #expect(fromFile.map(\.date) == records.map(\.date))
            #expect(fromFile.map(\.arrived) == records.map(\.arrived))
            compared += records.count
        }
        #expect(compared > 200)
    }

    @Test("a record without its site or date is named, as when the whole record is read")
    func missingField() throws {
        let data = Data(#"{"schemaVersion": 1, "visits": [{"arrived": "19:40", "date": "2015-05-02", "id": "CV1"}]}"#.utf8)
        #expect(throws: StoreError.invalidContent(path: "f.json", field: "visits[0].site", problem: "the field is missing")) {
            try RecordListFile<CustodyVisit>.parts(of: data, path: "f.json", fields: CustodyVisit.format.only(["id", "site", "date", "arrived"])) { $0.place }
        }
    }
}

/// `status` reads the year before only when it needs it, and sees what it would see reading every year in its reach.
@Suite struct RecentVisitDatesTests {
    @Test("every site's status on every tenth day of the sample is the same from the newest years as from all of them")
    func sameStatusAsReadingEverything() throws {
        let ledger = Ledger(store: FolderStore(root: SampleData.leicestershire))
        let sites = try ledger.scheme().sites
        var date = try #require(LocalDate("2014-04-01"))
        var compared = 0
        while date <= LocalDate("2024-06-01")! {
            let from = date.adding(months: -StatusCommand.lookBackMonths)
            let recent = try ledger.recentVisitDatesBySite(sites: sites, from: from, to: date)
            let all = try ledger.visitDatesBySite(from: from, to: date)
            for site in sites {
                #expect(StatusCalculator.siteStatus(site, visitDates: recent[site.id] ?? [], on: date)
                    == StatusCalculator.siteStatus(site, visitDates: all[site.id] ?? [], on: date), "\(site.id) on \(date)")
            }
            compared += 1
            date = date.adding(days: 10)
        }
        #expect(compared > 300)
    }

    @Test("late in the year, with every site visited in it, the year before is not read")
    func previousYearNotRead() throws {
        let scheme = try Data(contentsOf: SampleData.leicestershire.appendingPathComponent(DataFile.scheme.path))
        let store = MemoryStore(files: [DataFile.scheme.path: scheme])
        let ledger = Ledger(store: store)
        let sites = try ledger.scheme().sites
        let year = FinancialYear(startYear: 2015)
        let visits = sites.enumerated().map { index, site in
            CustodyVisit(id: CustodyVisitID(index + 1), site: site.id, date: year.first.adding(days: 40), times: VisitTimes(arrived: TimeOfDay(minutes: 600)!, left: TimeOfDay(minutes: 660)!, admitted: nil),
                         delayReason: nil, visitors: [], counts: DetaineeCounts(inCustody: 0, notAvailable: 0, offered: 0, spokenTo: 0), notes: nil)
        }
        ledger.save(visits, .visits, in: year)
        try ledger.commit(as: "setup", at: Date(), undoable: false)
        // A year before that does not parse: reading it would throw.
        try store.write(Data("not JSON".utf8), to: DataFile.visits(FinancialYear(startYear: 2014)).path)
        let date = year.first.adding(days: 100)
        let recent = try Ledger(store: store).recentVisitDatesBySite(sites: sites, from: date.adding(months: -13), to: date)
        #expect(recent.count == sites.count)
        #expect(throws: StoreError.self) { try Ledger(store: store).visitDatesBySite(from: date.adding(months: -13), to: date) }
    }
}

/// `Ledger.volunteers()` reads the register without the hours the volunteers gave, for the commands that only check or
/// list them; saving the register keeps the hours.
@Suite struct RegisterTests {
    @Test("the register is every volunteer as read in full, without their hours")
    func registerMatchesVolunteers() throws {
        let store = FolderStore(root: SampleData.leicestershire)
        let full = try Ledger(store: store).volunteerRecords()
        let register = try Ledger(store: store).volunteers()
        #expect(full.contains { !$0.activities.isEmpty })
        #expect(register == full.map(\.volunteer))
    }

    @Test("saving the register read without hours keeps every volunteer's hours, and writes only what changed")
    func savingTheRegisterKeepsHours() throws {
        let path = DataFile.volunteers.path
        let original = try #require(try FolderStore(root: SampleData.leicestershire).read(path))
        let store = MemoryStore(files: [path: original])
        let ledger = Ledger(store: store)
        var register = try ledger.volunteers()
        register[0].email = "changed@example.org"
        try ledger.save(register)
        try ledger.commit(as: "test", at: Date(timeIntervalSince1970: 1_500_000_000), undoable: false)
        let before = try Ledger(store: MemoryStore(files: [path: original])).volunteerRecords()
        let after = try Ledger(store: store).volunteerRecords()
        #expect(after.map(\.activities) == before.map(\.activities))
        #expect(after.map(\.volunteer.email) == [register[0].email] + before.dropFirst().map(\.volunteer.email))
        let text = String(decoding: try #require(store.files[path]), as: UTF8.self)
        let originalText = String(decoding: original, as: UTF8.self)
        #expect(text.replacingOccurrences(of: "changed@example.org", with: before[0].volunteer.email ?? "") == originalText
            || before[0].volunteer.email == nil)
    }
}
