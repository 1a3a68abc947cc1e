import Foundation
import ICVDomain

/// A change to several files made as one. Every new file is first written beside its target; then `.journal` lists the
/// moves to make; only then are the files moved into place. A crash before the journal is written leaves the old files
/// (and stray temporaries, which `recover` removes); a crash after it is finished by `recover` on the next start.
package struct Transaction {
    /// New contents, by path, in the order they are moved into place.
    var writes: [(path: String, data: Data)] = []
    /// Files already on disk to move over a target, as undo puts back a kept file.
    var moves: [Journal.Move] = []
    var removals: [String] = []
    /// Files made ready for the change (an undo entry's kept files), removed again if it fails before its journal.
    var preparedFiles: [String] = []
    /// The line for `audit.jsonl`, added once every file is in place.
    var auditLine: String?

    static let journalPath = ".journal"
    static let auditPath = "audit.jsonl"

    var isEmpty: Bool { writes.isEmpty && moves.isEmpty && removals.isEmpty }

    /// Writes the change: all of it, or (after a failure before the journal) none of it.
    package func commit(to store: Store) throws {
        var temporaries: [String] = []
        let journal: Journal
        do {
            try Self.checkAuditLog(in: store)
            for write in writes {
                temporaries.append(try store.writeTemporary(write.data, beside: write.path))
            }
            try store.reached(.temporariesWritten)
            journal = Journal(moves: zip(temporaries, writes).map { Journal.Move(from: $0, to: $1.path) } + moves,
                              removals: removals, auditLine: auditLine)
            try store.write(StoredDocument.text(journal), to: Self.journalPath)
        } catch {
            for path in temporaries + preparedFiles {
                try? store.remove(path)
            }
            throw error
        }
        try store.reached(.journalWritten)
        try Self.finish(journal, in: store, recovering: false)
    }

    /// Finishes a journal left by a command that stopped part-way, or removes the temporaries of one that stopped before
    /// writing it; runs under the lock before every command.
    static func recover(_ store: Store) throws {
        if let data = try store.read(journalPath) {
            let path = "\(store.location)/\(journalPath)"
            let journal = try StoredDocument.read(data, path: path, as: Journal.self)
            try checkAuditLog(in: store)
            for named in journal.moves.flatMap({ [$0.from, $0.to] }) + journal.removals {
                guard DataFile.isOwnFile(named), !store.hasSymbolicLink(on: named) else {
                    throw StoreError.untrustedHousekeeping(path: path, problem: "names \(named), which is not one of the data folder's own files")
                }
            }
            try finish(journal, in: store, recovering: true)
        } else {
            for folder in [""] + DataFile.yearFolders {
                for name in try store.names(in: folder, hidden: true) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                    try store.remove(folder.isEmpty ? name : "\(folder)/\(name)")
                }
            }
        }
    }

    /// Makes the journal's moves and removals, adds its audit line and removes it. Recovering, a move already made (its
    /// source gone) is skipped, and the audit line is not added twice. A failure on the way leaves the change in the
    /// journal, and says so: the next command completes it.
    private static func finish(_ journal: Journal, in store: Store, recovering: Bool) throws {
        do {
            try make(journal, in: store, recovering: recovering)
        } catch StoreError.ioFailure(let path, let problem) {
            throw StoreError.unfinishedCommit(folder: store.location, path: path, problem: problem)
        } catch StoreError.readFailure(let path) {
            throw StoreError.unfinishedCommit(folder: store.location, path: path, problem: "it could not be read")
        }
    }

    /// An audit log that is a symbolic link is refused before any file is moved (by a commit, or by recovery), so that the
    /// change is not left half done.
    private static func checkAuditLog(in store: Store) throws {
        guard store.hasSymbolicLink(on: auditPath) else { return }
        throw StoreError.symbolicLink("\(store.location)/\(auditPath)")
    }

    private static func make(_ journal: Journal, in store: Store, recovering: Bool) throws {
        for (index, move) in journal.moves.enumerated() {
            if recovering, try !exists(move.from, in: store) { continue }
            try store.move(move.from, to: move.to)
            if index == 0 { try store.reached(.firstFileMoved) }
        }
        for removal in journal.removals {
            try store.remove(removal)
        }
        try store.reached(.filesMoved)
        if let line = journal.auditLine {
            let entry = Data((line + "\n").utf8)
            let audit = recovering ? try store.read(auditPath) ?? Data() : Data()
            let remainder = audit.remainder(of: entry)
            if !remainder.isEmpty {
                try store.append(remainder, to: auditPath)
            }
        }
        try store.remove(journalPath)
    }

    private static func exists(_ path: String, in store: Store) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return try store.names(in: folder, hidden: true).contains((path as NSString).lastPathComponent)
    }
}

private extension Data {
    /// What is left to append of `line` to this log so that it ends with the line exactly once: nothing when it does
    /// already; the rest of it when a crash cut its append short; a line break first when the log ends mid-line with
    /// something else.
    func remainder(of line: Data) -> Data {
        for length in stride(from: Swift.min(count, line.count), to: 0, by: -1) where self.suffix(length) == line.prefix(length) {
            if length == line.count || length == count || self[endIndex - length - 1] == 0x0A {
                return line.dropFirst(length)
            }
        }
        return isEmpty || last == 0x0A ? line : Data([0x0A]) + line
    }
}
