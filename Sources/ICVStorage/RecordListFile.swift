import Foundation
import ICVDomain

/// A file that holds one list of records under the kind's key (`{"schemaVersion": 1, "visits": […]}`), as read:
/// each record with where its text is in the file's bytes, so that writing the list again copies the text of every
/// record that did not change rather than encoding it anew (see `text(for:)`). Keys beside the list that this icv does
/// not know are kept and written again.
package struct RecordListFile<Record: StoredRecord> {
    /// The records in the file's order.
    package let records: [Record]
    /// The file's bytes, and where each record's text is in them.
    private let source: Data
    private let ranges: [Range<Int>]
    /// The file's own keys beside the list and `schemaVersion` that this icv does not know.
    private let unknownFields: UnknownFields

    /// The file's bytes as read; empty when there was no file.
    var bytes: Data { source }

    /// No file yet: every record of a list written is encoded.
    static var none: RecordListFile { RecordListFile(records: [], source: Data(), ranges: [], unknownFields: UnknownFields()) }

    private init(records: [Record], source: Data, ranges: [Range<Int>], unknownFields: UnknownFields) {
        self.records = records
        self.source = source
        self.ranges = ranges
        self.unknownFields = unknownFields
    }

    /// Reads the file's records straight from its bytes; a failure is a `StoreError` naming `path`. A syntax error
    /// anywhere, then a missing or newer schema version, are reported before a bad value in a record.
    package init(reading data: Data, path: String) throws(StoreError) {
        let read = try Self.read(data, path: path) { reader in try Record.format.read(&reader) }
        self.init(records: read.elements, source: data, ranges: read.ranges, unknownFields: read.unknownFields)
    }

    /// Checks the file's syntax and schema version and finds each record's text, without reading the records
    /// (`records` is empty): all that adding records after them needs.
    init(skimming data: Data, path: String) throws(StoreError) {
        let read = try Self.read(data, path: path) { reader in try reader.skipValue() }
        self.init(records: [], source: data, ranges: read.ranges, unknownFields: read.unknownFields)
    }

    /// The highest id in the file, read however much else was: new records must be above it. A list not read in full
    /// gives its last record's, as the file keeps its records in id order (which `check` checks).
    var highestID: RecordID<Record.Identity>? {
        guard records.isEmpty else { return records.map(\.id).max() }
        guard let last = ranges.last else { return nil }
        return try? JSONReader.read(source.subdata(in: last)) { reader in
            try Record.format.read(&reader, wanted: Record.format.only(["id"])).id
        }
    }

    /// Reads only some fields of each record, for a command that needs little of many records (`status` wants each
    /// visit's site and date), and makes a part of each with `part`: the records so read are never kept, since the other
    /// fields hold only the format's blank values. The file comes back skimmed, as `init(skimming:)` leaves it.
    static func parts<Part>(of data: Data, path: String, fields: RecordFormat<Record>.FieldSet,
                            as part: (Record) -> Part) throws(StoreError) -> (parts: [Part], file: RecordListFile) {
        let read = try read(data, path: path) { reader in part(try Record.format.read(&reader, wanted: fields)) }
        return (read.elements, RecordListFile(records: [], source: data, ranges: read.ranges, unknownFields: read.unknownFields))
    }

    /// Reads the file, each element of the list with `element`.
    private static func read<Element>(_ data: Data, path: String, element: (inout JSONReader) throws -> Element) throws(StoreError)
        -> (elements: [Element], ranges: [Range<Int>], unknownFields: UnknownFields) {
        try JSONCoding.readFile(data, path: path) { reader in
            var version = SchemaVersionField()
            var list: (elements: [Element], ranges: [Range<Int>])?
            var unknownFields = UnknownFields()
            try reader.readObject { reader, key in
                if try version.read(&reader, key) { return }
                let name = reader.text(of: key)
                if name == Record.listKey {
                    list = try reader.readArrayWithRanges(element)
                } else {
                    unknownFields.texts[name] = try reader.valueText()
                }
            }
            try version.check()
            let known = try list.required(Record.listKey)
            return (known.elements, known.ranges, unknownFields)
        }
    }

    /// The text of a file holding `list`: the pretty, sorted text of `{"schemaVersion": 1, listKey: list}` and the keys
    /// kept, except that a record equal to one read from this file keeps that record's text.
    func text(for list: [Record]) -> Data {
        var readAt: [Int: Int]?
        func readIndex(of record: Record, at position: Int) -> Int? {
            if position < records.count, records[position].id == record.id { return position }
            if readAt == nil {
                readAt = Dictionary(firstOf: records.indices.map { (records[$0].id.number, $0) })
            }
            return readAt?[record.id.number]
        }
        return text(count: list.count) { position in
            let record = list[position]
            guard let index = readIndex(of: record, at: position), records[index] == record else { return .encode(record) }
            return .keep(ranges[index])
        }
    }

    /// The text of the file with `new` records after those it holds, whose text is kept as it is, read or not.
    func text(appending new: [Record]) -> Data {
        text(count: ranges.count + new.count) { position in
            position < ranges.count ? .keep(ranges[position]) : .encode(new[position - ranges.count])
        }
    }

    /// How one record of the list gets its text.
    private enum Element {
        case keep(Range<Int>)
        case encode(Record)
    }

    /// The pretty, sorted text of the file with a list of `count` records, each kept or encoded as `element` says.
    private func text(count: Int, element: (Int) -> Element) -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(source.count + 4096)
        let kept = unknownFields.texts.compactMap { key, text in
            (try? JSONValue.parse(Data(text.utf8))).map { (key: key, value: $0) }
        }
        let topLevel = ([(key: Record.listKey, value: nil), (key: SchemaVersionField.written.key, value: SchemaVersionField.written.value)]
            + kept.map { (key: $0.key, value: Optional($0.value)) }).sorted { $0.key < $1.key }
        for (number, pair) in topLevel.enumerated() {
            output.append(contentsOf: (number == 0 ? "{\n  " : ",\n  ").utf8)
            JSONValue.writeString(pair.key, to: &output)
            output.append(contentsOf: " : ".utf8)
            if let value = pair.value {
                value.write(to: &output, indent: 1)
            } else {
                writeList(count: count, element: element, to: &output)
            }
        }
        output.append(contentsOf: "\n}\n".utf8)
        return Data(output)
    }

    private func writeList(count: Int, element: (Int) -> Element, to output: inout [UInt8]) {
        guard count > 0 else { return output.append(contentsOf: "[]".utf8) }
        output.append(contentsOf: "[\n".utf8)
        source.withUnsafeBytes { sourceBytes in
            for position in 0..<count {
                if position > 0 { output.append(contentsOf: ",\n".utf8) }
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4))
                switch element(position) {
                case .keep(let range): output.append(contentsOf: UnsafeRawBufferPointer(rebasing: sourceBytes[range]))
                case .encode(let record): Record.format.json(record).write(to: &output, indent: 2)
                }
            }
        }
        output.append(contentsOf: "\n  ]".utf8)
    }
}
