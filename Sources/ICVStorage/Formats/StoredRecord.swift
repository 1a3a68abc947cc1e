import Foundation
import ICVDomain

/// A kind of record kept in a list in its data file (`{"schemaVersion": 1, "visits": […]}`), stored through its format.
///
/// A command that needs little of many records reads a `Part` of each (a visit's place, a volunteer without their
/// hours): only `partFields` are read, through the same format, and `part(of:)` makes the part of the record so read.
package protocol StoredRecord: Formatted, Equatable {
    /// The kind whose ids the records have: a `VolunteerRecord` has a volunteer's.
    associatedtype Identity: NumberedRecord
    associatedtype Part = Self
    /// The key of the list in the record's file: `visits`, `volunteers`.
    static var listKey: String { get }
    var id: RecordID<Identity> { get }
    /// The fields a part needs; nil for all of them.
    static var partFields: [String]? { get }
    static func part(of record: Self) -> Part
}

extension StoredRecord where Part == Self {
    package static var partFields: [String]? { nil }

    package static func part(of record: Self) -> Self { record }
}
