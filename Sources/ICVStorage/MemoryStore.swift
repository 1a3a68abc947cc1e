import Foundation
import ICVDomain

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

    public func hasSymbolicLink(on path: String) -> Bool { false }

    public func withLockOnNewFolder<T>(_ body: () throws -> T) throws -> T {
        try withExclusiveLock(body)
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
