import Foundation
import ICVDomain

/// How a kind of record list is read: in full, skimmed, or a part of each record. It is made where the kind is named
/// (`YearKind.visits`, the ledger's register), so that the reading is compiled for that kind of record: the command line
/// calls the ledger's generic methods from another module, where they cannot be, and reading a record through generic
/// code costs twice what reading it through code made for its type does.
struct ListReading<Record: StoredRecord>: Sendable {
    let full: @Sendable (Data, String) throws(StoreError) -> RecordListFile<Record>
    let skim: @Sendable (Data, String) throws(StoreError) -> RecordListFile<Record>
    let parts: @Sendable (Data, String) throws(StoreError) -> (parts: [Record.Part], file: RecordListFile<Record>)

    /// The one way every list is read; written as this value only so that it is made for each kind.
    static var standard: ListReading {
        let fields = Record.partFields.map(Record.format.only) ?? .all
        return ListReading(
            full: { data, path throws(StoreError) in try RecordListFile(reading: data, path: path) },
            skim: { data, path throws(StoreError) in try RecordListFile(skimming: data, path: path) },
            parts: { data, path throws(StoreError) in try RecordListFile.parts(of: data, path: path, fields: fields, as: Record.part(of:)) })
    }
}
