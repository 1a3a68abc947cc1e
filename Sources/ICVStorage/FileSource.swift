import Foundation
import ICVDomain

/// Where a command's file handles read their bytes: the store, with each path named in full for messages.
struct FileSource {
    let store: Store

    /// The file's bytes, or nil when there is none.
    func bytes(of file: DataFile) throws -> Data? {
        try store.read(file.path)
    }

    /// The file's path for messages: the folder's, then its own.
    func fullPath(_ file: DataFile) -> String {
        "\(store.location)/\(file.path)"
    }
}
