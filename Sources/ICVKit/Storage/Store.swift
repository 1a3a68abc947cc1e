import Foundation

/// Byte-level access to a data folder by relative path (`visits/2014-15.json`); the seam between the records and the disk.
public protocol Store: AnyObject {
    /// Where the folder is, for messages.
    var location: String { get }
    /// Whether the data folder has been set up by `icv init`.
    func isInitialised() -> Bool
    /// The file's bytes, or nil when there is no such file.
    func read(_ path: String) throws -> Data?
    /// Replaces the file whole, atomically.
    func write(_ data: Data, to path: String) throws
    /// The names of the files in a subfolder (empty when there is none).
    func fileNames(in folder: String) throws -> [String]
    /// Makes the folder for `icv init`: refuses one already in use or holding other files, else creates it (or keeps it, empty).
    func createNewFolder() throws
    /// Runs `body` while holding the folder's exclusive lock.
    func withExclusiveLock<T>(_ body: () throws -> T) throws -> T
}

/// A store held in memory, for unit tests.
public final class MemoryStore: Store {
    public private(set) var files: [String: Data]
    public let location = "memory"

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    public func isInitialised() -> Bool { files[DataFile.scheme.path] != nil }

    public func createNewFolder() throws {
        if isInitialised() { throw StoreError.alreadyInitialised(path: location) }
        if !files.isEmpty { throw StoreError.notEmpty(path: location) }
    }

    public func read(_ path: String) throws -> Data? { files[path] }

    public func write(_ data: Data, to path: String) throws { files[path] = data }

    public func fileNames(in folder: String) throws -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }.sorted()
    }

    public func withExclusiveLock<T>(_ body: () throws -> T) throws -> T { try body() }
}
