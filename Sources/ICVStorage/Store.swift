import Foundation
import ICVDomain

/// Byte-level access to a data folder by relative path (`visits/2014-15.json`); the seam between the records and the disk.
///
/// The operations are the steps of a journaled commit (see `Transaction`): write a temporary file beside its target,
/// move it into place, remove, append, and keep an old file's bytes for undo.
public protocol Store: AnyObject {
    /// Where the folder is, for messages.
    var location: String { get }
    /// Whether the data folder has been set up by `icv init`.
    func isInitialised() -> Bool
    /// The file's bytes, or nil when there is no such file.
    func read(_ path: String) throws -> Data?
    /// A short text that changes whenever the file does (by icv or by hand), so a cache built from it can tell it is
    /// stale without reading it; nil when there is no such file.
    func signature(of path: String) throws -> String?
    /// Writes the bytes to a new temporary file in the folder of `path`, flushed to disk, and returns its path.
    func writeTemporary(_ data: Data, beside path: String) throws -> String
    /// Renames `source` over `target` in one step, replacing any file there, and flushes the folder.
    func move(_ source: String, to target: String) throws
    /// Removes a file or a folder with everything in it; nothing happens when there is none.
    func remove(_ path: String) throws
    /// Adds the bytes to the end of a file, creating it if needed, and flushes it.
    func append(_ data: Data, to path: String) throws
    /// Keeps the file's current bytes at `copy` without changing the file (a hard link where the disk allows);
    /// false when there is no such file.
    func preserve(_ path: String, at copy: String) throws -> Bool
    /// The names in a subfolder (empty when there is none); names starting with a dot only when `hidden`.
    func names(in folder: String, hidden: Bool) throws -> [String]
    /// Makes the folder for `icv init`: refuses one already in use or holding other files, else creates it (or keeps it, empty).
    func createNewFolder() throws
    /// Whether any step of the path, from the folder down, is a symbolic link: housekeeping never follows one.
    func hasSymbolicLink(on path: String) -> Bool
    /// Runs `body` while holding the folder's exclusive lock.
    func withExclusiveLock<T>(_ body: () throws -> T) throws -> T
    /// The same for `icv init`, making the folder first when there is none, so that of many at once only one makes it;
    /// a folder made here is removed again when `body` fails and left it holding only the lock.
    func withLockOnNewFolder<T>(_ body: () throws -> T) throws -> T
    /// Marks a step of a commit; a test can make the process stop dead here, to prove the journal repairs it.
    func reached(_ point: CommitPoint) throws
}

extension Store {
    /// Replaces the file whole, atomically: a temporary file beside it, then a rename.
    public func write(_ data: Data, to path: String) throws {
        try move(try writeTemporary(data, beside: path), to: path)
    }

    /// The visible names in a subfolder: the data files.
    public func fileNames(in folder: String) throws -> [String] {
        try names(in: folder, hidden: false)
    }
}
