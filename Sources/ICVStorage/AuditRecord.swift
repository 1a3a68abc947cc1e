import Foundation
import ICVDomain

/// One line of `audit.jsonl`: when, which command (its words only, never the values typed, which may be personal data),
/// and the ids of the records it created or changed.
public struct AuditRecord: Equatable, Sendable, Formatted {
    /// For `undo`: the change it reverted.
    public struct Reverted: Equatable, Sendable, Formatted {
        public var command: String
        public var time: String
        var unknownFields = UnknownFields()

        public init(command: String, time: String) {
            self.command = command
            self.time = time
        }

        package static let format = RecordFormat<Reverted>(
            blank: Reverted(command: "", time: ""),
            unknownFields: \.unknownFields,
            fields: [.required("command", \.command), .required("time", \.time)])
    }

    public var time: String
    public var command: String
    public var ids: [String]
    public var reverts: Reverted?
    var unknownFields = UnknownFields()

    public init(time: String, command: String, ids: [String], reverts: Reverted? = nil) {
        self.time = time
        self.command = command
        self.ids = ids
        self.reverts = reverts
    }

    package static let format = RecordFormat<AuditRecord>(
        blank: AuditRecord(time: "", command: "", ids: []),
        unknownFields: \.unknownFields,
        fields: [
            .required("time", \.time),
            .required("command", \.command),
            .required("ids", \.ids),
            .optional("reverts", \.reverts),
        ])
}
