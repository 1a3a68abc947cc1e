import Foundation
import ICVDomain

/// The `schemaVersion` beside a data file's own fields: read where the file has it, then checked once the file is read.
package struct SchemaVersionField {
    private(set) var version: Int?

    /// Reads the version when `key` is `schemaVersion`, and says whether it did.
    package mutating func read(_ reader: inout JSONReader, _ key: JSONKey) throws -> Bool {
        guard reader.key(key, is: "schemaVersion") else { return false }
        version = try Int(reading: &reader)
        return true
    }

    /// The file must have said its version, one icv has written (1 or more) and not newer than this icv's.
    package func check() throws {
        let known = try version.required("schemaVersion")
        guard known >= 1 else {
            throw JSONFieldError(path: [.key("schemaVersion")], problem: "\(known) is not a version icv writes; the first was 1")
        }
        guard known <= JSONCoding.schemaVersion else { throw JSONCoding.NewerSchema(version: known) }
    }

    /// What a file written by this icv says.
    package static var written: (key: String, value: JSONValue) {
        ("schemaVersion", JSONCoding.schemaVersion.json)
    }
}
