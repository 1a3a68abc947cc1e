import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// Each record's format, declared once, reads back what it writes with every field set, and keeps the fields it does not
/// know through a rewrite.
@Suite struct FormatTests {
    /// A record of one kind with every optional field set, read back from what its format writes.
    struct RoundTrip: CustomTestStringConvertible, Sendable {
        let name: String
        /// The keys the record's JSON must have: every field, the optional ones included.
        let keys: [String]
        /// The record written and read back: the record, what was read, and the keys of the JSON written.
        let check: @Sendable () throws -> (same: Bool, keys: [String])

        var testDescription: String { name }

        init<Record: Formatted & Equatable>(_ name: String, _ record: Record, keys: [String]) {
            self.name = name
            self.keys = keys.sorted()
            check = {
                let text = record.json.prettyText
                let read = try JSONReader.read(text) { try Record(reading: &$0) }
                guard case .object(let pairs) = try JSONValue.parse(text) else { return (false, []) }
                return (read == record && read.json.prettyText == text, pairs.map(\.key).sorted())
            }
        }
    }

    private static let date = LocalDate("2015-05-02")!
    private static let later = LocalDate("2015-05-20")!
    private static let time = TimeOfDay("19:40")!

    static let roundTrips: [RoundTrip] = {
        var site = Site(id: "euston-street", name: "Euston Street", kind: .custodySuite, target: Target(visits: 2, period: .week),
                        occasional: false, opened: date)
        site.targetRules = [Site.TargetRule(target: Target(visits: 1, period: .fortnight), from: date, to: later)]
        site.closures = [Site.Closure(from: date, to: later, reason: "Refurbishment")]
        var volunteer = Volunteer(id: VolunteerID(3), name: "Ann Ray", schemes: [.icv, .aws], joined: date, status: .probation)
        volunteer.setStatus(.left, from: later)
        volunteer.left = later
        volunteer.addClearance(Volunteer.Vetting(cleared: date, expires: later))
        volunteer.addClearance(Volunteer.Vetting(cleared: later, expires: LocalDate("2018-05-20")!))
        volunteer.email = "ann@example.org"
        volunteer.phone = "0116 000 0000"
        let record = VolunteerRecord(volunteer, activities: [Activity(date: later, kind: .training, hours: 2.5, description: "Induction")])
        let visit = CustodyVisit(id: CustodyVisitID(7), site: "euston-street", date: date,
                                 times: VisitTimes(arrived: time, left: TimeOfDay("21:05")!, admitted: TimeOfDay("19:55")!),
                                 delayReason: "Shift change", visitors: [VolunteerID(1), VolunteerID(2)],
                                 counts: DetaineeCounts(inCustody: 12, notAvailable: 4, offered: 8, spokenTo: 7), notes: "Cell 3 cold")
        let inspection = KennelInspection(id: KennelInspectionID(2), site: "dog-unit", date: date, arrived: time, left: TimeOfDay("20:30")!,
                                          visitors: [VolunteerID(6), VolunteerID(7)], dogsObserved: 9,
                                          ratings: [.housing: .satisfactory, .exercise: .concern, .feeding: .notChecked],
                                          trainingObserved: true, feedbackTo: ["Sergeant"], notes: "Kennel 4 damp")
        let request = DetaineeRequest(id: RequestID(4), visit: CustodyVisitID(7), category: .other, detail: "A pen", status: .resolved,
                                      outcome: "Given one", resolvedOn: later)
        let issue = Issue(id: IssueID(5), visit: .kennel(KennelInspectionID(2)), category: .healthAndSafety, detail: "Damp",
                          escalatedTo: "Inspector", status: .resolved, outcome: "Repaired", resolvedOn: later)
        return [
            RoundTrip("scheme", Scheme(name: "Test", timeZone: "Europe/London", sites: [site]), keys: ["name", "timeZone", "sites"]),
            RoundTrip("site", site, keys: ["id", "name", "kind", "target", "occasional", "opened", "targetRules", "closures"]),
            RoundTrip("target rule", site.targetRules[0], keys: ["target", "from", "to"]),
            RoundTrip("closure", site.closures[0], keys: ["from", "to", "reason"]),
            RoundTrip("volunteer", record, keys: ["id", "name", "schemes", "joined", "left", "statusHistory", "vettingHistory", "email",
                                                     "phone", "activities"]),
            RoundTrip("status change", volunteer.statusHistory[0], keys: ["status", "from"]),
            RoundTrip("vetting", Volunteer.Vetting(cleared: date, expires: later), keys: ["cleared", "expires"]),
            RoundTrip("activity", record.activities[0], keys: ["date", "kind", "hours", "description"]),
            RoundTrip("custody visit", visit, keys: ["id", "site", "date", "arrived", "left", "admitted", "delayReason", "visitors",
                                                     "inCustody", "notAvailable", "offered", "spokenTo", "declined", "notes"]),
            RoundTrip("kennel inspection", inspection, keys: ["id", "site", "date", "arrived", "left", "visitors", "dogsObserved",
                                                              "ratings", "trainingObserved", "feedbackTo", "notes"]),
            RoundTrip("request", request, keys: ["id", "visit", "category", "detail", "status", "outcome", "resolvedOn"]),
            RoundTrip("issue", issue, keys: ["id", "visit", "category", "detail", "escalatedTo", "status", "outcome", "resolvedOn"]),
            RoundTrip("ids", IDCounters(next: ["V": 4, "CV": 8]), keys: ["next"]),
            RoundTrip("journal", Journal(moves: [Journal.Move(from: ".a.tmp", to: "a")], removals: ["b"], auditLine: "{}"),
                      keys: ["moves", "removals", "auditLine"]),
            RoundTrip("undo entry", UndoEntry(command: "visit log", time: "t", ids: ["CV1"],
                                              files: [UndoEntry.File(path: "a", existed: true, written: "2:1-a")]),
                      keys: ["command", "time", "ids", "files"]),
            RoundTrip("audit line", AuditRecord(time: "t", command: "undo", ids: ["CV1"],
                                                reverts: AuditRecord.Reverted(command: "visit log", time: "s")),
                      keys: ["time", "command", "ids", "reverts"]),
        ]
    }()

    @Test("every kind of record reads back what it writes, with every optional field set and written", arguments: roundTrips)
    func roundTrip(_ case: RoundTrip) throws {
        let result = try `case`.check()
        #expect(result.same)
        #expect(result.keys == `case`.keys)
    }

    // MARK: - Vetting, before it had a history

    /// V7 as a register written before vetting had a history held them, with `fields` in place of `vettingHistory`.
    private static func formerVolunteer(_ fields: String) -> String {
        """
        {"activities": [], "id": "V7", "joined": "2012-01-01", "name": "Gus Ivy", "schemes": ["icv"],
         "statusHistory": [{"from": "2012-01-01", "status": "active"}], \(fields)}
        """
    }

    private static let formerClearance = Volunteer.Vetting(cleared: LocalDate("2012-01-01")!, expires: LocalDate("2015-01-01")!)
    private static let renewal = Volunteer.Vetting(cleared: LocalDate("2015-05-03")!, expires: LocalDate("2018-05-03")!)

    @Test("a volunteer's former `vetting` reads as a history of one, and is written as `vettingHistory`")
    func formerVetting() throws {
        let text = Self.formerVolunteer(#""vetting": {"cleared": "2012-01-01", "expires": "2015-01-01"}"#)
        let record = try JSONReader.read(Data(text.utf8)) { try VolunteerRecord(reading: &$0) }
        #expect(record.volunteer.vettingHistory == [Self.formerClearance])
        guard case .object(let pairs) = record.json else { throw CocoaError(.fileReadCorruptFile) }
        #expect(pairs.map(\.key).contains("vettingHistory"))
        #expect(!pairs.map(\.key).contains("vetting"))
        #expect(try JSONReader.read(record.json.prettyText) { try VolunteerRecord(reading: &$0) } == record)
    }

    @Test("a record holding both forms (an older icv renewed the vetting since) keeps every clearance, whatever the keys' order", arguments: [
        #""vetting": {"cleared": "2015-05-03", "expires": "2018-05-03"}, "vettingHistory": [{"cleared": "2012-01-01", "expires": "2015-01-01"}]"#,
        #""vettingHistory": [{"cleared": "2012-01-01", "expires": "2015-01-01"}], "vetting": {"cleared": "2015-05-03", "expires": "2018-05-03"}"#,
    ])
    func bothVettingForms(fields: String) throws {
        let record = try JSONReader.read(Data(Self.formerVolunteer(fields).utf8)) { try VolunteerRecord(reading: &$0) }
        #expect(record.volunteer.vettingHistory == [Self.formerClearance, Self.renewal])
    }

    /// The register as an icv before vetting had a history wrote it: `vetting`, the one clearance, where there is one.
    private static func formerRegister(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let pairs):
            return .object(pairs.flatMap { pair -> [(key: String, value: JSONValue)] in
                guard pair.key == "vettingHistory" else { return [(pair.key, formerRegister(pair.value))] }
                guard case .array(let clearances) = pair.value, let only = clearances.first else { return [] }
                return [("vetting", only)]
            })
        case .array(let items):
            return .array(items.map(formerRegister))
        default:
            return value
        }
    }

    @Test("a register of the former form is read by the commands, and a renewal writes the history with both clearances")
    func formerRegister() throws {
        let icv = try InProcessICV.smallScheme()
        let url = URL(fileURLWithPath: icv.dataPath).appendingPathComponent("volunteers.json")
        try Self.formerRegister(try JSONValue.parse(Data(contentsOf: url))).prettyText.write(to: url)
        let former = try String(contentsOf: url, encoding: .utf8)
        #expect(former.contains(#""vetting" : {"#) && !former.contains("vettingHistory"))
        #expect(try icv.succeed(["volunteer", "list"]).contains("2015-01-01 (expired)\n"))
        try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-05-03", "--vetting-expires", "2018-05-03"])
        guard case .object(let file) = try JSONValue.parse(Data(contentsOf: url)),
              case .array(let volunteers)? = file.first(where: { $0.key == "volunteers" })?.value,
              case .object(let gus)? = volunteers.last else { throw CocoaError(.fileReadCorruptFile) }
        #expect(!gus.contains { $0.key == "vetting" })
        #expect(gus.first { $0.key == "vettingHistory" }?.value.prettyText == [Self.formerClearance, Self.renewal].json.prettyText)
    }

    // MARK: - Fields this icv does not know

    /// The field put into every object of the files: a newer icv's, or a coordinator's own.
    private static let unknownKey = "zzFromANewerIcv"
    private static let unknownValue = JSONValue.object([("kept", .array([.number("1.5"), .bool(true), .null, .string("é \"q\"")]))])

    /// Objects whose keys are data (a kennel's areas, the id counters), which take no field of their own.
    private static let keyedByData: Set<String> = ["ratings", "next"]

    /// The value with the unknown field added to every object in it.
    private static func withUnknownFields(_ value: JSONValue, under parent: String? = nil) -> JSONValue {
        switch value {
        case .object(let pairs):
            let inner = pairs.map { (key: $0.key, value: withUnknownFields($0.value, under: $0.key)) }
            return .object(keyedByData.contains(parent ?? "") ? inner : inner + [(unknownKey, unknownValue)])
        case .array(let items):
            return .array(items.map { withUnknownFields($0, under: parent) })
        default:
            return value
        }
    }

    /// The paths of the objects that do not hold the unknown field as it was written.
    private static func objectsWithout(_ value: JSONValue, at path: String = "", under parent: String? = nil) -> [String] {
        switch value {
        case .object(let pairs):
            let own = keyedByData.contains(parent ?? "")
                || pairs.contains { $0.key == unknownKey && $0.value.prettyText == unknownValue.prettyText }
            return (own ? [] : [path.isEmpty ? "(top)" : path])
                + pairs.filter { $0.key != unknownKey }.flatMap { objectsWithout($0.value, at: path + "." + $0.key, under: $0.key) }
        case .array(let items):
            return items.indices.flatMap { objectsWithout(items[$0], at: "\(path)[\($0)]", under: parent) }
        default:
            return []
        }
    }

    /// A small scheme with a record of every kind, each with every optional field it can have set.
    private static func folderWithEveryKind() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(["site", "target", "Euston Street", "2/week", "--from", "2015-04-06", "--to", "2015-04-30"])
        try icv.succeed(["volunteer", "update", "V1", "--vetting-cleared", "2014-01-01", "--vetting-expires", "2017-01-01",
                         "--email", "ann@example.org", "--phone", "0116"])
        try icv.succeed(["volunteer", "activity", "V1", "--date", "2015-04-10", "--kind", "training", "--hours", "2",
                         "--description", "Induction"])
        try icv.succeed(InProcessICV.visit(["admitted": "19:55", "delay-reason": "Shift change", "notes": "Cell 3 cold"],
                                           extra: ["--request", "other:A pen"]))
        try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["issue", "add", "CV1", "--category", "food", "--detail", "Cold meals", "--escalated-to", "Inspector"])
        try icv.succeed(["kennel", "log", "--site", "Dog Unit", "--date", "2015-05-09", "--arrived", "10:00", "--left", "11:00",
                         "--visitors", "V6,V7", "--dogs-observed", "4", "--housing", "concern", "--feedback-to", "Sergeant",
                         "--notes", "Damp"])
        return icv
    }

    /// Every data file of the folder, with the unknown field put into every object of it.
    private static func addUnknownFields(in icv: InProcessICV) throws -> [String] {
        let files = icv.records().keys.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        for file in files {
            let url = URL(fileURLWithPath: icv.dataPath).appendingPathComponent(file)
            try withUnknownFields(try JSONValue.parse(try Data(contentsOf: url))).prettyText.write(to: url)
        }
        return files
    }

    @Test("a field icv does not know, in any file or record, is kept when every record of every file is written anew")
    func unknownFieldsSurviveEncoding() throws {
        let icv = try Self.folderWithEveryKind()
        let files = try Self.addUnknownFields(in: icv)
        let store = FolderStore(root: URL(fileURLWithPath: icv.dataPath))
        let year = FinancialYear(startYear: 2015)
        let scheme = try #require(try store.read(DataFile.scheme.path))
        let ids = try #require(try store.read(DataFile.ids.path))
        let documents = [
            StoredDocument.text(try StoredDocument.read(scheme, path: "s", as: Scheme.self)),
            StoredDocument.text(try StoredDocument.read(ids, path: "i", as: IDCounters.self)),
        ]
        for text in documents {
            #expect(Self.objectsWithout(try JSONValue.parse(text)) == [])
        }
        let lists = [
            try Self.checkList(.volunteers, of: VolunteerRecord.self, in: store),
            try Self.checkList(.visits(year), of: CustodyVisit.self, in: store),
            try Self.checkList(.requests(year), of: DetaineeRequest.self, in: store),
            try Self.checkList(.issues(year), of: ICVDomain.Issue.self, in: store),
            try Self.checkList(.kennelInspections(year), of: KennelInspection.self, in: store),
        ]
        #expect(files == ([DataFile.scheme.path, DataFile.ids.path] + lists).sorted())
    }

    /// Checks that every record of a list file keeps the unknown field when encoded anew, and that the file keeps its
    /// own when written again; returns the file's path.
    private static func checkList<Record: StoredRecord>(_ file: DataFile, of type: Record.Type, in store: Store) throws -> String {
        let data = try #require(try store.read(file.path))
        let read = try RecordListFile<Record>(reading: data, path: file.path)
        #expect(read.records.count >= 1)
        // Every record encoded, none copied: only the file's own object, which `none` does not have, lacks the field.
        #expect(objectsWithout(try JSONValue.parse(RecordListFile<Record>.none.text(for: read.records))) == ["(top)"], "\(file.path)")
        #expect(objectsWithout(try JSONValue.parse(read.text(appending: []))) == [], "\(file.path)")
        return file.path
    }

    @Test("the commands that change a record keep the fields icv does not know, in the record and in its file")
    func unknownFieldsSurviveCommands() throws {
        let icv = try Self.folderWithEveryKind()
        _ = try Self.addUnknownFields(in: icv)
        try icv.succeed(["site", "close", "Keyham Lane", "--from", "2015-05-11", "--to", "2015-05-12"])
        try icv.succeed(["volunteer", "update", "V1", "--status", "suspended", "--from", "2015-05-25"])
        try icv.succeed(["volunteer", "activity", "V1", "--date", "2015-05-26", "--kind", "other", "--hours", "1"])
        try icv.succeed(["request", "resolve", "R2", "--outcome", "Called", "--date", "2015-05-04"])
        try icv.succeed(["issue", "resolve", "I1", "--outcome", "Hot meals", "--date", "2015-05-05"])
        try icv.succeed(InProcessICV.visit(["arrived": "10:00", "left": "11:00"]))
        try icv.succeed(["kennel", "log", "--site", "Dog Unit", "--date", "2015-05-16", "--arrived", "10:00", "--left", "11:00",
                         "--visitors", "V6,V7", "--dogs-observed", "4"])
        let snapshot = icv.records()
        for (file, data) in snapshot where file.hasSuffix(".json") && !file.hasPrefix(".") {
            let document = try JSONValue.parse(data)
            let missing = Self.objectsWithout(document)
            // Only what these commands added is new: the second visit, its arrival's kennel inspection, the new status and
            // activity, the new closure.
            #expect(missing.allSatisfy { path in
                ["visits[1]", "kennelInspections[1]", "statusHistory[1]", "activities[1]", "closures[1]"].contains { path.hasSuffix($0) }
            }, "\(file): \(missing)")
        }
    }
}
