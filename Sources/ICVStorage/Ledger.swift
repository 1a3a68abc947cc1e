import Foundation
import ICVDomain

/// The records of one data folder, for one command: each file behind a typed handle that reads it once, and only as
/// much as the command needs, and keeps its changes until `commit` writes the changed files together.
package final class Ledger {
    package let store: Store
    private let source: FileSource
    private var schemeFile = DocumentHandle<Scheme>(.scheme, missing: Scheme(name: "", timeZone: "Europe/London"))
    private var idsFile = DocumentHandle<IDCounters>(.ids, missing: IDCounters(next: [:]))
    private var volunteersFile = ListHandle<VolunteerRecord>(.volunteers, reading: .standard)
    // The year files by year, one map a kind (`YearKind.handles` names which).
    var visitFiles: [FinancialYear: ListHandle<CustodyVisit>] = [:]
    var requestFiles: [FinancialYear: ListHandle<DetaineeRequest>] = [:]
    var issueFiles: [FinancialYear: ListHandle<Issue>] = [:]
    var kennelInspectionFiles: [FinancialYear: ListHandle<KennelInspection>] = [:]
    /// The ids of the records created or changed, for the audit log.
    package private(set) var touchedIDs: [String] = []
    /// The same ids as a set, so noting one is not a search of the list (a large import touches many).
    private var touchedSet: Set<String> = []
    /// The first number given out of each kind of id, by prefix: every file of that kind written must hold none as high.
    private var firstIssued: [String: Int] = [:]

    package init(store: Store) {
        self.store = store
        source = FileSource(store: store)
    }

    // MARK: - Reading

    package func scheme() throws -> Scheme {
        try schemeFile.body(from: source)
    }

    /// The scheme's clock at an instant: today and the time in its time zone.
    package func clock(at now: Date) throws -> Clock {
        let scheme = try scheme()
        guard let zone = TimeZone(identifier: scheme.timeZone) else {
            throw StoreError.invalidContent(path: source.fullPath(.scheme), field: "timeZone",
                                            problem: "'\(scheme.timeZone)' is not a known time zone")
        }
        return Clock(now: now, timeZone: zone)
    }

    /// `ids.json`: the next number of each kind of id.
    package func idCounters() throws -> IDCounters {
        try idsFile.body(from: source)
    }

    /// The register: every volunteer, read without the hours they gave, which are most of a national register's bytes.
    package func volunteers() throws -> [Volunteer] {
        try volunteersFile.parts(from: source)
    }

    /// Every volunteer with the hours they gave: for the annual report, a volunteer's own page, and recording hours.
    package func volunteerRecords() throws -> [VolunteerRecord] {
        try volunteersFile.records(from: source)
    }

    package func records<Record>(_ kind: YearKind<Record>, in year: FinancialYear) throws -> [Record] {
        try handle(kind, year).records(from: source)
    }

    /// A part of each record of a year's list (`StoredRecord.part(of:)`): read alone from the file, or made from the
    /// records when they have been read already.
    package func parts<Record>(_ kind: YearKind<Record>, in year: FinancialYear) throws -> [Record.Part] {
        try handle(kind, year).parts(from: source)
    }

    /// The handle of a year's file of a kind, made when first asked for.
    private func handle<Record>(_ kind: YearKind<Record>, _ year: FinancialYear) -> ListHandle<Record> {
        if let existing = self[keyPath: kind.handles][year] { return existing }
        let handle = ListHandle<Record>(kind.file(year), reading: kind.reading)
        self[keyPath: kind.handles][year] = handle
        return handle
    }

    /// The financial years that have a file of this kind, or changes waiting to make one, oldest first.
    package func years<Record>(_ kind: YearKind<Record>) throws -> [FinancialYear] {
        let stored = try store.fileNames(in: kind.folder).compactMap(DataFile.year(ofFileNamed:))
        let staged = self[keyPath: kind.handles].filter { $0.value.isChanged }.map(\.key)
        return Array(Set(stored + staged)).sorted()
    }

    /// Every record of a kind across all years, in year then id order.
    package func allRecords<Record>(_ kind: YearKind<Record>) throws -> [Record] {
        try years(kind).flatMap { try records(kind, in: $0) }
    }

    /// Finishes or rolls back a command that stopped part-way (see `Transaction`), and drops its unfinished undo entry;
    /// runs under the lock before every command.
    package static func recover(_ store: Store) throws {
        try Transaction.recover(store)
        try UndoLog(store: store).removeUnfinished()
    }

    // MARK: - Changing

    package func save(_ scheme: Scheme) {
        schemeFile.replace(with: scheme)
    }

    /// Saves the register: each volunteer keeps the hours on record for them (read now, if they have not been).
    package func save(_ volunteers: [Volunteer]) throws {
        let activities = Dictionary(firstOf: try volunteerRecords().map { ($0.id, $0.activities) })
        save(volunteers.map { VolunteerRecord($0, activities: activities[$0.id] ?? []) })
    }

    package func save(_ records: [VolunteerRecord]) {
        volunteersFile.replace(with: records)
    }

    package func save<Record>(_ records: [Record], _ kind: YearKind<Record>, in year: FinancialYear) {
        handle(kind, year).replace(with: records)
    }

    /// Adds new records, with ids newer than any in use, to a year's list. A list not read yet is not read for this:
    /// its file is only checked (its syntax and schema version) and the new records are written after its text,
    /// which is what keeps logging a visit quick beside a year of 30,000 requests.
    package func add<Record>(_ new: [Record], _ kind: YearKind<Record>, in year: FinancialYear) {
        handle(kind, year).add(new)
    }

    /// Takes the next id of a kind; ids are never handed out twice.
    package func nextID<Record: NumberedRecord>(_ type: Record.Type) throws -> RecordID<Record> {
        var counters = try idCounters()
        let number = counters.next[Record.idPrefix] ?? 1
        guard Bounds.idNumbers.contains(number) else {
            throw StoreError.idCounterOutOfRange(path: source.fullPath(.ids), prefix: Record.idPrefix, next: number)
        }
        counters.next[Record.idPrefix] = number + 1
        firstIssued[Record.idPrefix] = firstIssued[Record.idPrefix] ?? number
        idsFile.replace(with: counters)
        let id = RecordID<Record>(number)
        touch(id.description)
        return id
    }

    /// Starts `ids.json` for a new folder with every kind at 1, so the file says what it counts.
    package func startIDCounters() {
        let prefixes = [Volunteer.idPrefix, CustodyVisit.idPrefix, KennelInspection.idPrefix,
                        DetaineeRequest.idPrefix, Issue.idPrefix]
        idsFile.replace(with: IDCounters(next: Dictionary(uniqueKeysWithValues: prefixes.map { ($0, 1) })))
    }

    /// Notes a record changed in place (a site's target, a volunteer's status), for the audit log.
    package func touch(_ id: String) {
        if touchedSet.insert(id).inserted { touchedIDs.append(id) }
    }

    /// Whether anything is waiting to be written.
    package var hasChanges: Bool {
        schemeFile.isChanged || idsFile.isChanged || volunteersFile.isChanged
            || [visitFiles.values.map(\.isChanged), requestFiles.values.map(\.isChanged), issueFiles.values.map(\.isChanged),
                kennelInspectionFiles.values.map(\.isChanged)].joined().contains(true)
    }

    /// Forgets every file as read, once its changes are on disk: what is asked for next is read again.
    private func forgetFiles() {
        schemeFile = DocumentHandle(schemeFile.file, missing: schemeFile.missing)
        idsFile = DocumentHandle(idsFile.file, missing: idsFile.missing)
        volunteersFile = ListHandle(volunteersFile.file, reading: .standard)
        visitFiles = [:]
        requestFiles = [:]
        issueFiles = [:]
        kennelInspectionFiles = [:]
        firstIssued = [:]
    }

    /// The new text of every file the command changed, in the order they are moved into place: the id counters first,
    /// then the scheme, the register, the visits and inspections, and the requests and issues that point at them.
    private func pendingWrites() throws -> [(path: String, data: Data)] {
        func years<Record>(_ handles: [FinancialYear: ListHandle<Record>]) throws -> [(path: String, data: Data)] {
            try handles.values.compactMap { handle in try pendingText(handle) }
        }
        let documents = [idsFile.pendingText().map { (idsFile.file.path, $0) }, schemeFile.pendingText().map { (schemeFile.file.path, $0) },
                         try pendingText(volunteersFile)].compactMap { $0 }
        let visits = try (years(visitFiles) + years(kennelInspectionFiles)).sorted { $0.path < $1.path }
        let followUps = try (years(requestFiles) + years(issueFiles)).sorted { $0.path < $1.path }
        return documents + visits + followUps
    }

    /// A list's path and new text, or nil when it is unchanged; refused when it holds an id this command gave out.
    private func pendingText<Record>(_ handle: ListHandle<Record>) throws -> (path: String, data: Data)? {
        let first = firstIssued[Record.Identity.idPrefix].map(RecordID<Record.Identity>.init)
        return try handle.pendingText(from: source, newIDsFrom: first).map { (handle.file.path, $0) }
    }

    /// Writes every changed file as one journaled transaction, with its line in `audit.jsonl` and, when `undoable`, an
    /// entry in `.undo/` keeping the files it replaces. A file staged with the bytes it already had is left alone, and
    /// a command that changed nothing leaves no trace.
    /// Returns whether anything was written.
    @discardableResult
    package func commit(as command: String, at now: Date, undoable: Bool) throws -> Bool {
        var transaction = Transaction()
        transaction.writes = try pendingWrites()
        guard !transaction.isEmpty else {
            forgetFiles()
            return false
        }
        let change = AuditRecord(time: try clock(at: now).timestamp, command: command, ids: touchedIDs)
        transaction.auditLine = change.json.compactText
        let undo = UndoLog(store: store)
        if undoable { try undo.record(change, into: &transaction) }
        try transaction.commit(to: store)
        forgetFiles()
        if undoable { try undo.prune() }
        return true
    }
}
