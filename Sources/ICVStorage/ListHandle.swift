import Foundation
import ICVDomain

/// One record list file of the folder, and how far this command has got with it. A command reads only what it needs:
/// nothing, the file's text checked and its records located (to add records after them), a part of each record, or
/// the records in full; and a list is written at commit only when records were added to it or it changed.
final class ListHandle<Record: StoredRecord> {
    enum State {
        case notRead
        /// A part of each record read (`StoredRecord.part(of:)`), and each record's text located.
        case partsRead(RecordListFile<Record>, [Record.Part])
        case read(RecordListFile<Record>, [Record])
        /// New records to go after the text of a list whose records were not read; if the file has not been looked at, its
        /// syntax and schema version are checked at commit and each record's text located (it is skimmed).
        case appended(RecordListFile<Record>?, [Record])
        /// The whole list, sorted by id, to be written at commit keeping the text of every record not changed; the file is
        /// read at commit if it has not been, so that a file that does not parse is never written over.
        case changed(RecordListFile<Record>?, [Record])
    }

    let file: DataFile
    private let reading: ListReading<Record>
    private(set) var state = State.notRead

    init(_ file: DataFile, reading: ListReading<Record>) {
        self.file = file
        self.reading = reading
    }

    /// Every record, reading the file in full if it has not been.
    func records(from source: FileSource) throws -> [Record] {
        switch state {
        case .read(_, let records), .changed(_, let records):
            return records
        case .notRead, .partsRead:
            let read = try readInFull(from: source)
            state = .read(read, read.records)
            return read.records
        case .appended(_, let new):
            let read = try readInFull(from: source)
            state = .changed(read, Self.sorted(read.records + new))
            return read.records + new
        }
    }

    /// A part of every record: read alone from the file, or made from the records when they are read already.
    func parts(from source: FileSource) throws -> [Record.Part] {
        switch state {
        case .partsRead(_, let parts):
            return parts
        case .read, .changed, .appended:
            return try records(from: source).map(Record.part(of:))
        case .notRead:
            guard let data = try source.bytes(of: file) else {
                state = .partsRead(.none, [])
                return []
            }
            let (parts, skim) = try reading.parts(data, source.fullPath(file))
            state = .partsRead(skim, parts)
            return parts
        }
    }

    /// Adds new records, with ids newer than any in use. A list not read is not read for this: its records go after
    /// its text at commit.
    func add(_ new: [Record]) {
        switch state {
        case .read(let file, let records), .changed(let file?, let records):
            state = .changed(file, Self.sorted(records + new))
        case .changed(nil, let records):
            state = .changed(nil, Self.sorted(records + new))
        case .appended(let file, let added):
            state = .appended(file, added + new)
        case .notRead:
            state = .appended(nil, new)
        case .partsRead(let file, _):
            state = .appended(file, new)
        }
    }

    /// Replaces the whole list.
    func replace(with records: [Record]) {
        let sorted = Self.sorted(records)
        switch state {
        case .read(let file, _), .changed(let file?, _):
            state = .changed(file, sorted)
        case .notRead, .partsRead, .appended, .changed(nil, _):
            state = .changed(nil, sorted)
        }
    }

    /// Whether the list will be written at commit.
    var isChanged: Bool {
        switch state {
        case .appended, .changed: true
        case .notRead, .partsRead, .read: false
        }
    }

    /// The file's new text, or nil when nothing is to be written: unchanged, or changed back to the bytes it had.
    /// `newIDsFrom` is the first id of this kind the command gave out: the file must hold none as high, or ids.json is
    /// behind the ids in use and the new record would share an id.
    func pendingText(from source: FileSource, newIDsFrom first: RecordID<Record.Identity>?) throws -> Data? {
        let text: Data
        let before: RecordListFile<Record>
        switch state {
        case .notRead, .partsRead, .read:
            return nil
        case .appended(let file, let new):
            before = try file ?? skim(from: source)
            text = before.text(appending: new)
        case .changed(let file, let records):
            before = try file ?? readInFull(from: source)
            text = before.text(for: records)
        }
        if let first, let highest = before.highestID, first <= highest {
            throw StoreError.idInUse(id: first.description, highest: highest.description, path: source.fullPath(file))
        }
        return text == before.bytes ? nil : text
    }

    private func readInFull(from source: FileSource) throws -> RecordListFile<Record> {
        try source.bytes(of: file).map { data throws(StoreError) in try reading.full(data, source.fullPath(file)) }
            ?? .none
    }

    private func skim(from source: FileSource) throws -> RecordListFile<Record> {
        try source.bytes(of: file).map { data throws(StoreError) in try reading.skim(data, source.fullPath(file)) }
            ?? .none
    }

    private static func sorted(_ records: [Record]) -> [Record] {
        records.sorted { $0.id < $1.id }
    }
}
