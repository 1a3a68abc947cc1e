import Foundation

/// `.undo/N/entry.json`: which command made the change, when, the ids it touched, and the files it changed.
struct UndoEntry: Equatable, Formatted {
    struct File: Equatable, Formatted {
        var path: String
        /// False when the change created the file, so undoing it removes the file.
        var existed: Bool
        /// The fingerprint of what the change wrote, to see that nobody has changed the file since.
        var written: String
        var unknownFields = UnknownFields()

        init(path: String, existed: Bool, written: String) {
            self.path = path
            self.existed = existed
            self.written = written
        }

        static let format = RecordFormat<File>(
            blank: File(path: "", existed: false, written: ""),
            unknownFields: \.unknownFields,
            fields: [.required("path", \.path), .required("existed", \.existed), .required("written", \.written)])
    }

    var schemaVersion = JSONCoding.schemaVersion
    var command: String
    var time: String
    var ids: [String]
    var files: [File]
    var unknownFields = UnknownFields()

    init(command: String, time: String, ids: [String], files: [File]) {
        self.command = command
        self.time = time
        self.ids = ids
        self.files = files
    }

    static let format = RecordFormat<UndoEntry>(
        blank: UndoEntry(command: "", time: "", ids: [], files: []),
        unknownFields: \.unknownFields,
        fields: [
            .required("schemaVersion", \.schemaVersion),
            .required("command", \.command),
            .required("time", \.time),
            .required("ids", \.ids),
            .required("files", \.files),
        ])
}
