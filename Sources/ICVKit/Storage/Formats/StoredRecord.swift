import Foundation

/// A kind of record kept in a list in its data file (`{"schemaVersion": 1, "visits": […]}`), stored through its format.
package protocol StoredRecord: NumberedRecord, Formatted {
    /// The key of the list in the record's file: `visits`, `volunteers`.
    static var listKey: String { get }
}
