import Foundation
import ICVDomain

/// `.undo/N/entry.json`: which command made the change, when, the ids it touched, and the files it changed.
package struct UndoEntry: Equatable, Formatted {
    package struct File: Equatable, Formatted {
        package var path: String
        /// False when the change created the file, so undoing it removes the file.
        package var existed: Bool
        /// The fingerprint of what the change wrote, to see that nobody has changed the file since.
        var written: String
        var unknownFields = UnknownFields()

        init(path: String, existed: Bool, written: String) {
            self.path = path
            self.existed = existed
            self.written = written
        }

        package static let format = RecordFormat<File>(
            blank: File(path: "", existed: false, written: ""),
            unknownFields: \.unknownFields,
            fields: [.required("path", \.path), .required("existed", \.existed), .required("written", \.written)])
    }

    package var command: String
    package var time: String
    package var ids: [String]
    package var files: [File]
    var unknownFields = UnknownFields()

    init(command: String, time: String, ids: [String], files: [File]) {
        self.command = command
        self.time = time
        self.ids = ids
        self.files = files
    }

    package static let format = RecordFormat<UndoEntry>(
        blank: UndoEntry(command: "", time: "", ids: [], files: []),
        unknownFields: \.unknownFields,
        fields: [
            .required("command", \.command),
            .required("time", \.time),
            .required("ids", \.ids),
            .required("files", \.files),
        ])
}
