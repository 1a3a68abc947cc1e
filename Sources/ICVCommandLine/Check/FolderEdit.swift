import Foundation
import ICVDomain
import ICVStorage

/// One change to a data file, as a person might make it in an editor.
enum FolderEdit: Sendable {
    /// Sets fields of the record with this id in a year file or `volunteers.json`, each to the JSON text given.
    case setFields(file: String, id: String, [String: String])
    /// Moves the record with this id to the end of its file's list, as a cut and paste in an editor might.
    case moveToEnd(file: String, id: String)
    /// Replaces the first occurrence of some text.
    case replaceText(file: String, String, with: String)
    /// Copies a file to another name.
    case copyFile(String, to: String)
}
