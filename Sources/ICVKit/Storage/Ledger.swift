import Foundation

/// The records of one data folder: each file read once when first needed, changes kept until `commit` writes the changed files.
package final class Ledger {
    package let store: Store
    private var cache: [DataFile: Any] = [:]
    /// The bytes each file had when read, so a file staged unchanged is not written.
    private var original: [DataFile: Data] = [:]
    /// Each record list as read (a `RecordListFile`), so writing it again copies the text of the records not changed.
    private var listFiles: [DataFile: Any] = [:]
    /// New records added to a list that has not been read (an array of the kind's records), see `add`.
    private var added: [DataFile: Any] = [:]
    /// Lists whose records were not read, only checked, with where each record's text is (see `add` and `parts`).
    private var skims: [DataFile: Any] = [:]
    /// The parts read of each list (an array of a `JSONReadable` part), so a second reading of the same parts is free.
    private var partsRead: [DataFile: Any] = [:]
    private var pending: [DataFile: () throws -> Data] = [:]
    /// The ids of the records created or changed, for the audit log.
    package private(set) var touchedIDs: [String] = []
    /// The same ids as a set, so noting one is not a search of the list (a large import touches many).
    private var touchedSet: Set<String> = []

    package init(store: Store) {
        self.store = store
    }

    // MARK: - Reading

    private func load<Body: Formatted>(_ file: DataFile, as type: Body.Type, missing: @autoclosure () -> Body) throws -> Body {
        if let cached = cache[file] as? Body { return cached }
        let body = try bytes(of: file).map { data throws(StoreError) in try StoredDocument.read(data, path: fullPath(file), as: Body.self) }
            ?? missing()
        cache[file] = body
        return body
    }

    /// The file's bytes as read, once: kept so that a file staged unchanged is not written, and read by no one twice.
    private func bytes(of file: DataFile) throws -> Data? {
        if let data = original[file] { return data }
        let data = try store.read(file.path)
        original[file] = data
        return data
    }

    /// The file's path for messages: the folder's, then its own.
    private func fullPath(_ file: DataFile) -> String {
        "\(store.location)/\(file.path)"
    }

    private func stage<Body: Formatted>(_ body: Body, as file: DataFile) {
        cache[file] = body
        pending[file] = { StoredDocument.text(body) }
    }

    package func scheme() throws -> Scheme {
        try load(.scheme, as: Scheme.self, missing: Scheme(name: "", timeZone: "Europe/London"))
    }

    /// The scheme's clock at an instant: today and the time in its time zone.
    package func clock(at now: Date) throws -> Clock {
        let scheme = try scheme()
        guard let zone = TimeZone(identifier: scheme.timeZone) else {
            throw StoreError.invalidContent(path: "\(store.location)/\(DataFile.scheme.path)", field: "timeZone",
                                            problem: "'\(scheme.timeZone)' is not a known time zone")
        }
        return Clock(now: now, timeZone: zone)
    }

    package func volunteers() throws -> [Volunteer] {
        try loadList(.volunteers)
    }

    /// Every volunteer without their activities (left empty), which are most of the bytes of a national register:
    /// what checking a pair of visitors or listing vetting needs. Only for reading: `save` refuses them.
    package func register() throws -> [Volunteer] {
        let fields = Volunteer.format.only(Volunteer.format.fields.map(\.name).filter { $0 != "activities" })
        return try parts(.volunteers, fields: fields) { volunteer in
            var registered = volunteer
            registered.activities = []
            registered.activitiesSkipped = true
            return registered
        }
    }

    package func records<Record>(_ kind: YearKind<Record>, in year: FinancialYear) throws -> [Record] {
        try loadList(kind.file(year))
    }

    /// A part of each record of a year's list (see `RecordListFile.parts`): from the records when they have been
    /// read already, else read from the file without reading the rest of each record.
    func parts<Record, Part>(_ kind: YearKind<Record>, in year: FinancialYear, fields: RecordFormat<Record>.FieldSet,
                             as part: (Record) -> Part) throws -> [Part] {
        try parts(kind.file(year), fields: fields, as: part)
    }

    private func parts<Record: StoredRecord, Part>(_ file: DataFile, fields: RecordFormat<Record>.FieldSet,
                                                   as part: (Record) -> Part) throws -> [Part] {
        if cache[file] != nil || added[file] != nil { return try (loadList(file) as [Record]).map(part) }
        if let read = partsRead[file] as? [Part] { return read }
        guard let data = try bytes(of: file) else { return [] }
        let (parts, skim) = try RecordListFile<Record>.parts(of: data, path: fullPath(file), fields: fields, as: part)
        skims[file] = skim
        partsRead[file] = parts
        return parts
    }

    private func loadList<Record: StoredRecord>(_ file: DataFile) throws -> [Record] {
        if let cached = cache[file] as? [Record] { return cached }
        let records = try listFile(file, of: Record.self).records
        if let new = added.removeValue(forKey: file) as? [Record] {
            stageList(records + new, as: file)
            return records + new
        }
        cache[file] = records
        return records
    }

    /// The record list as read from its file, read now if it has not been; no file is an empty list.
    private func listFile<Record: StoredRecord>(_ file: DataFile, of type: Record.Type) throws -> RecordListFile<Record> {
        if let read = listFiles[file] as? RecordListFile<Record> { return read }
        let read = try bytes(of: file).map { data throws(StoreError) in try RecordListFile<Record>(reading: data, path: fullPath(file)) }
            ?? .none
        listFiles[file] = read
        return read
    }

    /// Keeps a changed record list until `commit`, sorted by id; its file is read first if it has not been, so that a
    /// file that does not parse is never written over.
    private func stageList<Record: StoredRecord>(_ records: [Record], as file: DataFile) {
        let sorted = records.sorted { $0.id < $1.id }
        cache[file] = sorted
        pending[file] = { [unowned self] in try listFile(file, of: Record.self).text(for: sorted) }
    }

    /// The financial years that have a file of this kind, oldest first.
    package func years<Record>(_ kind: YearKind<Record>) throws -> [FinancialYear] {
        let stored = try store.fileNames(in: kind.folder).compactMap(DataFile.year(ofFileNamed:))
        let staged = pending.keys.compactMap { yearOf($0, kind) }
        return Array(Set(stored + staged)).sorted()
    }

    private func yearOf<Record>(_ file: DataFile, _ kind: YearKind<Record>) -> FinancialYear? {
        guard file.path.hasPrefix(kind.folder + "/") else { return nil }
        return DataFile.year(ofFileNamed: String(file.path.dropFirst(kind.folder.count + 1)))
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
        stage(scheme, as: .scheme)
    }

    package func save(_ volunteers: [Volunteer]) {
        precondition(!volunteers.contains { $0.activitiesSkipped }, "a volunteer read without their activities is never saved")
        stageList(volunteers, as: .volunteers)
    }

    package func save<Record>(_ records: [Record], _ kind: YearKind<Record>, in year: FinancialYear) {
        stageList(records, as: kind.file(year))
    }

    /// Adds new records, with ids newer than any in use, to a year's list. A list not read yet is not read for this:
    /// its file is only checked (its syntax and schema version) and the new records are written after its text,
    /// which is what keeps logging a visit quick beside a year of 30,000 requests.
    package func add<Record>(_ new: [Record], _ kind: YearKind<Record>, in year: FinancialYear) {
        let file = kind.file(year)
        if let current = cache[file] as? [Record] { return stageList(current + new, as: file) }
        let all = (added[file] as? [Record] ?? []) + new
        added[file] = all
        pending[file] = { [unowned self] in
            let read = try listFiles[file] as? RecordListFile<Record> ?? skim(file, of: Record.self)
            return try read.text(appending: all)
        }
    }

    private func skim<Record: StoredRecord>(_ file: DataFile, of type: Record.Type) throws -> RecordListFile<Record> {
        if let skimmed = skims[file] as? RecordListFile<Record> { return skimmed }
        guard let data = try bytes(of: file) else { return .none }
        return try RecordListFile(skimming: data, path: fullPath(file))
    }

    /// Takes the next id of a kind; ids are never handed out twice.
    package func nextID<Record: NumberedRecord>(_ type: Record.Type) throws -> RecordID<Record> {
        var counters = try load(.ids, as: IDCounters.self, missing: IDCounters(next: [:]))
        let number = counters.next[Record.idPrefix] ?? 1
        counters.next[Record.idPrefix] = number + 1
        stage(counters, as: .ids)
        let id = RecordID<Record>(number)
        touch(id.description)
        return id
    }

    /// Starts `ids.json` for a new folder with every kind at 1, so the file says what it counts.
    package func startIDCounters() {
        let prefixes = [Volunteer.idPrefix, CustodyVisit.idPrefix, KennelInspection.idPrefix,
                        DetaineeRequest.idPrefix, Issue.idPrefix]
        stage(IDCounters(next: Dictionary(uniqueKeysWithValues: prefixes.map { ($0, 1) })), as: .ids)
    }

    private static func writeRank(_ file: DataFile) -> Int {
        switch file {
        case .ids: 0
        case .scheme: 1
        case .volunteers: 2
        case .visits, .kennelInspections: 3
        case .requests, .issues: 4
        }
    }

    /// Notes a record changed in place (a site's target, a volunteer's status), for the audit log.
    package func touch(_ id: String) {
        if touchedSet.insert(id).inserted { touchedIDs.append(id) }
    }

    /// Whether anything is waiting to be written.
    package var hasChanges: Bool { !pending.isEmpty }

    /// Writes every changed file as one journaled transaction, with its line in `audit.jsonl` and, when `undoable`, an
    /// entry in `.undo/` keeping the files it replaces. A file staged with the bytes it already had is left alone, and
    /// a command that changed nothing leaves no trace.
    package func commit(as command: String, at now: Date, undoable: Bool) throws {
        let order = pending.keys.sorted { (Self.writeRank($0), $0.path) < (Self.writeRank($1), $1.path) }
        var transaction = Transaction()
        for file in order {
            guard let encode = pending[file] else { continue }
            let data = try encode()
            if data != original[file] { transaction.writes.append((file.path, data)) }
        }
        pending = [:]
        guard !transaction.isEmpty else { return }
        let change = AuditRecord(time: try clock(at: now).timestamp, command: command, ids: touchedIDs)
        transaction.auditLine = change.json.compactText
        let undo = UndoLog(store: store)
        if undoable { try undo.record(change, into: &transaction) }
        try transaction.commit(to: store)
        if undoable { try undo.prune() }
    }
}
