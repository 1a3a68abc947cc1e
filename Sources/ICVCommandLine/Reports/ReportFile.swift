import Foundation
import ICVDomain
import ICVStorage

/// Writes a report a person asked for, readable by its owner only (it may name volunteers).
enum ReportFile {
    /// The folder the output goes in must exist: a mistyped path should not be blamed on the disk.
    static func checkParent(of url: URL) throws {
        let parent = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError.rule("There is no folder \(parent.path) to write \(url.lastPathComponent) in. Check --output, or create the folder first.")
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
}
