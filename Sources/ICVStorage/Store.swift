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
    /// Runs `body` while holding the folder's exclusive lock.
    func withExclusiveLock<T>(_ body: () throws -> T) throws -> T
    /// Marks a step of a commit; a test can make the process stop dead here, to prove the journal repairs it.
    func reached(_ point: CommitPoint) throws
}

/// The steps of a commit at which a crash is tested.
public enum CommitPoint: String, Sendable, CaseIterable {
    /// Every new file is written beside its target; the journal is not yet.
    case temporariesWritten = "temporaries-written"
    /// The journal is written: from here the commit is rolled forward.
    case journalWritten = "journal-written"
    /// The first file has been moved into place, the others not yet.
    case firstFileMoved = "first-file-moved"
    /// Every file is in place; the audit line and the journal's removal remain.
    case filesMoved = "files-moved"
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

/// A store held in memory, for unit tests: files by path, with folders implied by the paths.
public final class MemoryStore: Store {
    public private(set) var files: [String: Data]
    public let location = "memory"
    private var temporaryCount = 0
    /// How many times each path has changed, never reset (not even by removing the file), for `signature(of:)`.
    private var generations: [String: Int] = [:]
    /// Called at each step of a commit with the files as they are then: what a crash there would leave.
    public var onReached: ((CommitPoint, [String: Data]) throws -> Void)?

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    public func isInitialised() -> Bool { files[DataFile.scheme.path] != nil }

    public func createNewFolder() throws {
        if isInitialised() { throw StoreError.alreadyInitialised(path: location) }
        if !files.isEmpty { throw StoreError.notEmpty(path: location) }
    }

    public func read(_ path: String) throws -> Data? { files[path] }

    /// The path's generation with its byte count: bytes in memory have no times to compare.
    public func signature(of path: String) throws -> String? {
        files[path].map { "\(generations[path, default: 0])-\($0.count)" }
    }

    private func changed(_ path: String) {
        generations[path, default: 0] += 1
    }

    public func writeTemporary(_ data: Data, beside path: String) throws -> String {
        temporaryCount += 1
        let url = URL(fileURLWithPath: "/" + path)
        let folder = url.deletingLastPathComponent().path.dropFirst()
        let name = ".\(url.lastPathComponent).\(temporaryCount).tmp"
        let temporary = folder.isEmpty ? name : "\(folder)/\(name)"
        files[temporary] = data
        changed(temporary)
        return temporary
    }

    public func move(_ source: String, to target: String) throws {
        guard let data = files.removeValue(forKey: source) else {
            throw StoreError.ioFailure(path: source, problem: "no such file")
        }
        files[target] = data
        changed(source)
        changed(target)
    }

    public func remove(_ path: String) throws {
        for removed in files.keys where removed == path || removed.hasPrefix(path + "/") {
            changed(removed)
        }
        files = files.filter { $0.key != path && !$0.key.hasPrefix(path + "/") }
    }

    public func append(_ data: Data, to path: String) throws {
        files[path, default: Data()].append(data)
        changed(path)
    }

    public func preserve(_ path: String, at copy: String) throws -> Bool {
        guard let data = files[path] else { return false }
        files[copy] = data
        changed(copy)
        return true
    }

    public func names(in folder: String, hidden: Bool) throws -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }
            .compactMap { $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init) }
        return Set(names).filter { hidden || !$0.hasPrefix(".") }.sorted()
    }

    public func withExclusiveLock<T>(_ body: () throws -> T) throws -> T { try body() }

    public func reached(_ point: CommitPoint) throws {
        try onReached?(point, files)
    }
}
