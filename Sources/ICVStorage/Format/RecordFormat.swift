import Foundation
import ICVDomain

/// How a kind of record is stored: its fields, declared once, from which reading and writing both follow, and where the
/// fields this icv does not know are kept, so that writing a record again loses nothing.
///
/// Reading starts from `blank` and sets each field found; a required field not found is an error naming it. Keys are
/// matched as bytes, and since files are written with sorted keys the next key is looked for first where the last one
/// was found, so a record of fourteen fields costs about fourteen comparisons.
package struct RecordFormat<Record: Sendable>: Sendable {
    /// What a record holds before its fields are read: a value for every field that may be left out.
    package let blank: Record
    /// The fields, in their keys' order.
    package let fields: [Field<Record>]
    /// Where a record keeps the fields it does not know.
    package let unknownFields: WritableKeyPath<Record, UnknownFields> & Sendable

    package init(blank: Record, unknownFields: WritableKeyPath<Record, UnknownFields> & Sendable, fields: [Field<Record>]) {
        self.blank = blank
        self.unknownFields = unknownFields
        self.fields = fields.sorted { $0.name < $1.name }
    }

    /// Which of the fields to read, one bit each: a format has at most 64 fields.
    package struct FieldSet: Sendable, Equatable {
        fileprivate var bits: UInt64

        package static var all: FieldSet { FieldSet(bits: ~0) }

        fileprivate func contains(_ index: Int) -> Bool { bits & (1 << index) != 0 }
    }

    /// The set of the named fields, for reading a part of each record.
    package func only(_ names: [String]) -> FieldSet {
        FieldSet(bits: fields.indices.filter { names.contains(fields[$0].name) }.reduce(0) { $0 | (1 << $1) })
    }

    /// Reads a record. With `wanted` less than all, the other fields keep their blank values: such a record is only for
    /// making a part of (`StoredRecord.part(of:)`), never for writing. `topLevel` is offered each key first, for a file's own keys beside the
    /// record's (`schemaVersion`); it returns true when it read the value.
    package func read(_ reader: inout JSONReader, wanted: FieldSet = .all,
              topLevel: ((inout JSONReader, JSONKey) throws -> Bool)? = nil) throws -> Record {
        var record = blank
        var seen: UInt64 = 0
        var next = 0
        try reader.readObject { reader, key in
            if let topLevel, try topLevel(&reader, key) { return }
            guard let index = index(of: key, in: reader, from: next) else {
                record[keyPath: unknownFields].texts[reader.text(of: key)] = try reader.valueText()
                return
            }
            next = index + 1
            seen |= 1 << index
            if wanted.contains(index) {
                try fields[index].read(&reader, &record)
            } else {
                try reader.skipValue()
            }
        }
        for index in fields.indices where fields[index].isRequired && wanted.contains(index) && seen & (1 << index) == 0 {
            throw JSONFieldError.missing(fields[index].name)
        }
        return record
    }

    /// The field whose key this is, looked for first at `start` (where the file's order puts it), then everywhere.
    @inline(__always)
    private func index(of key: JSONKey, in reader: JSONReader, from start: Int) -> Int? {
        if start < fields.count, reader.key(key, is: fields[start].key) { return start }
        return fields.indices.first { reader.key(key, is: fields[$0].key) }
    }

    /// The record as written: every field with a value, and the fields it kept that this icv does not know.
    package func json(_ record: Record) -> JSONValue {
        var pairs = fields.compactMap { field in field.write(record).map { (key: field.name, value: $0) } }
        for (key, text) in record[keyPath: unknownFields].texts {
            // Kept as read, so it parses; the check is only so that nothing but JSON is ever written.
            if let value = try? JSONValue.parse(Data(text.utf8)) { pairs.append((key, value)) }
        }
        return .object(pairs)
    }
}

extension Formatted {
    package init(reading reader: inout JSONReader) throws {
        self = try Self.format.read(&reader)
    }

    package var json: JSONValue { Self.format.json(self) }
}
