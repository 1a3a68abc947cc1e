import Foundation
import ICVDomain

/// One field of a stored record: its key, whether a file must have it, how its value is read into the record, and how it
/// is written. A record's fields are declared once, in its `RecordFormat`, and that one list reads and writes it.
package struct Field<Record: Sendable>: Sendable {
    package let key: StaticString
    /// A file's record must have the field; a record without it is refused, naming it.
    package let isRequired: Bool
    package let read: @Sendable (inout JSONReader, inout Record) throws -> Void
    /// The value to write, or nil to leave the field out.
    package let write: @Sendable (Record) -> JSONValue?

    package var name: String { key.description }

    /// A field every record has.
    package static func required<Value: JSONCodable>(_ key: StaticString, _ path: WritableKeyPath<Record, Value> & Sendable) -> Field {
        Field(key: key, isRequired: true,
              read: { reader, record in record[keyPath: path] = try Value(reading: &reader) },
              write: { record in record[keyPath: path].json })
    }

    /// A field left out when it has no value; `null` reads as no value.
    package static func optional<Value: JSONCodable>(_ key: StaticString, _ path: WritableKeyPath<Record, Value?> & Sendable) -> Field {
        Field(key: key, isRequired: false,
              read: { reader, record in record[keyPath: path] = try Value?(reading: &reader) },
              write: { record in record[keyPath: path]?.json })
    }

    /// A field always written, which a record written before it existed (or holding `null`) reads as `value`.
    package static func defaulted<Value: JSONCodable>(_ key: StaticString, _ path: WritableKeyPath<Record, Value> & Sendable,
                                                         to value: Value) -> Field {
        Field(key: key, isRequired: false,
              read: { reader, record in record[keyPath: path] = try Value?(reading: &reader) ?? value },
              write: { record in record[keyPath: path].json })
    }

    /// A field written for a person reading the file and worked out again (a visit's `declined`): its value in the file
    /// is kept only at `asWritten`, for `check` to compare, and every write gives the value worked out.
    package static func derived<Value: JSONCodable>(_ key: StaticString, asWritten: WritableKeyPath<Record, Value?> & Sendable,
                                                    _ value: @escaping @Sendable (Record) -> Value) -> Field {
        Field(key: key, isRequired: false,
              read: { reader, record in record[keyPath: asWritten] = try Value?(reading: &reader) },
              write: { record in value(record).json })
    }
}

extension Field {
    /// A field an older icv wrote, whose value now lives in the fields that replaced it: read into them by `merge`, and
    /// never written again, so the next write of the record gives the new form.
    package static func former<Value: JSONCodable>(_ key: StaticString,
                                                   merge: @escaping @Sendable (inout Record, Value) -> Void) -> Field {
        Field(key: key, isRequired: false,
              read: { reader, record in if let value = try Value?(reading: &reader) { merge(&record, value) } },
              write: { _ in nil })
    }

    /// An object of values by key, the keys being data (`{"CV": 154, "R": 410}`).
    package static func byKey<Value: JSONCodable>(_ key: StaticString, _ path: WritableKeyPath<Record, [String: Value]> & Sendable) -> Field {
        Field(key: key, isRequired: true,
              read: { reader, record in
                  var values: [String: Value] = [:]
                  try reader.readObject { reader, key in values[reader.text(of: key)] = try Value(reading: &reader) }
                  record[keyPath: path] = values
              },
              write: { record in .object(record[keyPath: path].map { (key: $0.key, value: $0.value.json) }) })
    }
}
