import Foundation
import ICVDomain
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real data folder on disk: files 0600, folders 0700, writes beside-then-rename, an exclusive `flock` on `.lock`.
public final class FolderStore: Store {
    public let root: URL
    /// For the crash tests only: the commit step at which the process kills itself.
    private let stopAt: CommitPoint?

    public init(root: URL, stopAt: CommitPoint? = nil) {
        self.root = root.standardizedFileURL
        self.stopAt = stopAt
    }

    public var location: String { root.path }

    public func isInitialised() -> Bool {
        FileManager.default.fileExists(atPath: url(DataFile.scheme.path).path)
    }

    public func createNewFolder() throws {
        if isInitialised() { throw StoreError.alreadyInitialised(path: location) }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        if contents.contains(where: { $0 != ".lock" }) { throw StoreError.notEmpty(path: location) }
        try Self.makeFolder(root)
    }

    private func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    public func read(_ path: String) throws -> Data? {
        let fileURL = url(path)
        if Self.neverFollowed.contains(path) { try refuseSymbolicLink(on: path) }
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw StoreError.readFailure(path: fileURL.path)
        }
    }

    /// Device, inode, size, and the modification and change times to the nanosecond: icv replaces a file by renaming a
    /// new one over it, which changes the inode, and an editor's save changes the times or the size.
    public func signature(of path: String) throws -> String? {
        let target = url(path)
        var info = stat()
        guard stat(target.path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw StoreError.readFailure(path: target.path)
        }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(modified.tv_sec).\(modified.tv_nsec):\(changed.tv_sec).\(changed.tv_nsec)"
    }

    public func writeTemporary(_ data: Data, beside path: String) throws -> String {
        let target = url(path)
        let folder = target.deletingLastPathComponent()
        try Self.makeFolder(folder)
        let name = ".\(target.lastPathComponent).\(getpid()).tmp"
        let temporary = folder.appendingPathComponent(name)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw Self.failure(target, errno) }
        var failed = writeFully(descriptor, data)
        if failed == 0, fsync(descriptor) != 0 { failed = errno }
        close(descriptor)
        guard failed == 0 else {
            unlink(temporary.path)
            throw Self.failure(target, failed)
        }
        let folderPath = (path as NSString).deletingLastPathComponent
        return folderPath.isEmpty ? name : "\(folderPath)/\(name)"
    }

    public func move(_ source: String, to target: String) throws {
        let targetURL = url(target)
        try Self.makeFolder(targetURL.deletingLastPathComponent())
        guard rename(url(source).path, targetURL.path) == 0 else { throw Self.failure(targetURL, errno) }
        Self.syncFolder(targetURL.deletingLastPathComponent())
    }

    public func remove(_ path: String) throws {
        let target = url(path)
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        do {
            try FileManager.default.removeItem(at: target)
        } catch {
            throw StoreError.ioFailure(path: target.path, problem: "it could not be removed")
        }
        Self.syncFolder(target.deletingLastPathComponent())
    }

    public func append(_ data: Data, to path: String) throws {
        let target = url(path)
        try refuseSymbolicLink(on: path)
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Self.failure(target, errno) }
        defer { close(descriptor) }
        var failed = writeFully(descriptor, data)
        if failed == 0, fsync(descriptor) != 0 { failed = errno }
        guard failed == 0 else { throw Self.failure(target, failed) }
    }

    /// A hard link, so keeping a year file for undo costs no copying; a copy where the disk has no links.
    public func preserve(_ path: String, at copy: String) throws -> Bool {
        let source = url(path)
        guard FileManager.default.fileExists(atPath: source.path) else { return false }
        let copyURL = url(copy)
        try Self.makeFolder(copyURL.deletingLastPathComponent())
        if link(source.path, copyURL.path) != 0 {
            guard let data = try read(path) else { return false }
            try write(data, to: copy)
        }
        return true
    }

    public func names(in folder: String, hidden: Bool) throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return names.filter { hidden || !$0.hasPrefix(".") }.sorted()
    }

    public func reached(_ point: CommitPoint) throws {
        if point == stopAt { kill(getpid(), SIGKILL) }
    }

    public func hasSymbolicLink(on path: String) -> Bool {
        var step = root
        for component in path.split(separator: "/") {
            step.appendPathComponent(String(component))
            var info = stat()
            if lstat(step.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return true }
        }
        return false
    }

    public func withExclusiveLock<T>(_ body: () throws -> T) throws -> T {
        let lockPath = url(".lock").path
        try refuseSymbolicLink(on: ".lock")
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw Self.failure(url(".lock"), errno) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Self.failure(url(".lock"), errno) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// The housekeeping files that are never followed as symbolic links: one could send the audit line, the lock or the
    /// journal's moves to a file outside the folder.
    private static let neverFollowed: Set<String> = [".lock", ".journal", "audit.jsonl"]

    private func refuseSymbolicLink(on path: String) throws {
        if hasSymbolicLink(on: path) { throw StoreError.symbolicLink(url(path).path) }
    }

    public func withLockOnNewFolder<T>(_ body: () throws -> T) throws -> T {
        let existed = FileManager.default.fileExists(atPath: root.path)
        try Self.makeFolder(root)
        do {
            return try withExclusiveLock(body)
        } catch {
            if !existed, (try? FileManager.default.contentsOfDirectory(atPath: root.path)) == [".lock"] {
                try? FileManager.default.removeItem(at: root)
            }
            throw error
        }
    }

    /// Creates a folder (and its parents) readable by the owner only.
    public static func makeFolder(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.ioFailure(path: folder.path, problem: "the folder could not be created")
        }
    }

    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ target: URL, _ code: Int32) -> StoreError {
        .ioFailure(path: target.path, problem: String(cString: strerror(code)))
    }
}

/// Writes every byte, returning 0 or the `errno` of the failure (a full disk, for one).
package func writeFully(_ descriptor: Int32, _ data: Data) -> Int32 {
    data.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}
