import Foundation
import ICVDomain
import ICVStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder named with `--output`: checked before anything is written, so that a report or an export can never
/// replace one of the data folder's own files, a device, a pipe or a folder; and written readable by its owner only,
/// since it may name volunteers.
enum OutputFile {
    /// What `--output` is to be.
    enum Kind {
        case file
        /// A folder for one file per table, with the names of the files it will hold.
        case folder(holding: [String])
    }

    /// Refuses a path whose folder does not exist, a path inside the data folder (however it is reached: `..`, a
    /// symbolic link), and anything already there that is not what is wanted.
    static func check(_ url: URL, as kind: Kind, dataFolder: String) throws {
        try checkParent(of: url)
        let target = resolved(url)
        let folder = resolved(URL(fileURLWithPath: dataFolder))
        if target == folder || target.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
            throw ValidationError.rule("\(url.path) is inside the data folder \(dataFolder); --output never writes there, so that icv's own files cannot be overwritten. Give a path outside it.")
        }
        switch kind {
        case .file:
            try checkIsRegularFile(url)
        case .folder(let names):
            if let found = existingKind(url), found != S_IFDIR {
                let what = found == S_IFREG ? "a file" : description(of: found)
                throw ValidationError.rule("\(url.path) is \(what); --format csv writes one file per table into a folder. Give a folder with --output.")
            }
            for name in names {
                try checkIsRegularFile(url.appendingPathComponent(name))
            }
        }
    }

    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw StoreError.ioFailure(path: url.path, problem: "the report could not be written")
        }
    }

    /// The folder the output goes in must exist: a mistyped path should not be blamed on the disk.
    private static func checkParent(of url: URL) throws {
        let parent = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError.rule("There is no folder \(parent.path) to write \(url.lastPathComponent) in. Check --output, or create the folder first.")
        }
    }

    /// Nothing there yet, or a regular file to replace.
    private static func checkIsRegularFile(_ url: URL) throws {
        guard let found = existingKind(url), found != S_IFREG else { return }
        throw ValidationError.rule("\(url.path) is \(description(of: found)), not a regular file; --output writes only to files. Give the path of a file.")
    }

    /// The type bits of what is at the path, following symbolic links; nil when nothing is.
    private static func existingKind(_ url: URL) -> mode_t? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    private static func description(of kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// The path with every symbolic link and `..` resolved, as far as it exists; the rest added as it is.
    private static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while true {
            if let pointer = realpath(existing.path, nil) {
                defer { free(pointer) }
                return rest.reduce(URL(fileURLWithPath: String(cString: pointer))) { $0.appendingPathComponent($1) }.path
            }
            guard existing.path != "/" else { return url.standardizedFileURL.path }
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
    }
}
