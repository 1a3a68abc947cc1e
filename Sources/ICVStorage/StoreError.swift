import Foundation
import ICVDomain

/// What can go wrong reading or writing the data folder, each with what to do about it.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case noDataFolder(path: String)
    case alreadyInitialised(path: String)
    case notEmpty(path: String)
    case unreadable(path: String, line: Int, column: Int, problem: String)
    /// JSON, but holding a number beyond what icv reads (`1e400`, an id of ten digits).
    case numberOutOfRange(path: String, line: Int, column: Int, problem: String)
    case invalidContent(path: String, field: String, problem: String)
    case newerSchema(path: String, version: Int)
    case ioFailure(path: String, problem: String)
    /// A housekeeping file (`.journal`, an undo entry, the lock, the audit log) that icv will not act on.
    case untrustedHousekeeping(path: String, problem: String)
    /// An undo entry whose kept copy of a file is missing, so the change cannot be undone whole.
    case undoIncomplete(entry: String, missing: String)
    /// `ids.json` gave out an id not above those a file already holds.
    case idInUse(id: String, highest: String, path: String)
    /// `ids.json` would give out a number that is no id (0, negative, or beyond 999,999,999).
    case idCounterOutOfRange(path: String, prefix: String, next: Int)
    case readFailure(path: String)
    case unfinishedCommit(folder: String, path: String, problem: String)

    /// A housekeeping file found to be a symbolic link.
    static func symbolicLink(_ path: String) -> StoreError {
        .untrustedHousekeeping(path: path, problem: "is a symbolic link, which icv never follows for its own files")
    }

    public var description: String {
        switch self {
        case .noDataFolder(let path):
            "There is no icv data folder at \(path). Create one with `icv init --data \(path)`, or point to yours with --data DIR or the ICV_DATA variable."
        case .alreadyInitialised(let path):
            "\(path) is already an icv data folder; nothing was changed. Use it with --data \(path), or choose a new folder."
        case .notEmpty(let path):
            "\(path) is not empty and is not an icv data folder; nothing was changed. Choose an empty or new folder for `icv init`."
        case .unreadable(let path, let line, let column, let problem):
            "\(path) is not valid JSON at line \(line), column \(column) (\(problem)). The file has not been changed: mend it by hand or restore it from a backup, then run the command again."
        case .numberOutOfRange(let path, let line, let column, let problem):
            "\(path) has a number icv cannot read at line \(line), column \(column) (\(problem)). The file has not been changed: mend it by hand or restore it from a backup, then run the command again."
        case .invalidContent(let path, let field, let problem):
            "\(path) has a value icv cannot read at \(field): \(problem). The file has not been changed: mend it by hand or restore it from a backup, then run the command again."
        case .newerSchema(let path, let version):
            "\(path) was written by a newer version of icv (schemaVersion \(version); this one knows \(JSONCoding.schemaVersion)). It has not been changed: update icv to use this folder."
        case .ioFailure(let path, let problem):
            "Could not write \(path): \(problem). Nothing was changed; check the disk has space and the folder is writable, then try again."
        case .untrustedHousekeeping(let path, let problem):
            "\(path) \(problem), so icv has not acted on it and nothing was changed. Move it out of the data folder (keep it, in case it shows what happened), then run the command again."
        case .undoIncomplete(let entry, let missing):
            "Nothing was undone: \(entry) has lost its copy of \(missing), so the change cannot be undone whole. Put that change right by hand, or with the commands that made it."
        case .idInUse(let id, let highest, let path):
            "ids.json gave out \(id) for the new record, but \(path) already has ids up to \(highest). Nothing was changed. Run `icv check`, which says how to set ids.json right."
        case .idCounterOutOfRange(let path, let prefix, let next):
            "\(path) would give out \(prefix)\(next) next, which is not an id (ids run from \(prefix)1 to \(prefix)\(Bounds.idNumbers.upperBound)). Nothing was changed. Run `icv check`, which says how to set it right."
        case .readFailure(let path):
            "Could not read \(path). Nothing was changed; check that it is a file you may read, then try again."
        case .unfinishedCommit(let folder, let path, let problem):
            "Could not finish writing \(path): \(problem). The change is kept in \(folder)/.journal, and the next icv command on this folder completes it once the disk has space and the folder is writable."
        }
    }
}
