import Foundation
import ICVDomain

/// `.undo/`: for each of the latest changes, the files as they were before it, so `icv undo` can put them back.
///
/// Entry N is the folder `.undo/N` holding `entry.json` and, under `files/`, each changed file as it was (a hard link to
/// the old file, so keeping it costs no copying). An entry is complete only once its `entry.json` is in place, which
/// happens in the same journaled commit as the change itself.
package struct UndoLog {
    package static let folder = ".undo"
    /// How many changes can be undone, newest first.
    package static let kept = 20

    let store: Store

    package init(store: Store) {
        self.store = store
    }

    /// The numbers of the complete entries, oldest first.
    package func numbers() throws -> [Int] {
        try store.names(in: Self.folder, hidden: false).compactMap(Self.number(ofEntryNamed:)).sorted().filter(isComplete)
    }

    /// The newest entry, or nil when there is nothing to undo.
    package func latest() throws -> (number: Int, entry: UndoEntry)? {
        guard let number = try numbers().last,
              let data = try store.read(entryPath(number)) else { return nil }
        let path = "\(store.location)/\(entryPath(number))"
        let entry = try StoredDocument.read(data, path: path, as: UndoEntry.self)
        for file in entry.files {
            guard DataFile.isDataFile(file.path), !store.hasSymbolicLink(on: file.path),
                  !store.hasSymbolicLink(on: keptPath(number, file.path)) else {
                throw StoreError.untrustedHousekeeping(path: path, problem: "names \(file.path), which is not one of the data folder's own files")
            }
        }
        return (number, entry)
    }

    /// Keeps the files the transaction will replace, and adds the entry to it, so both land together.
    func record(_ change: AuditRecord, into transaction: inout Transaction) throws {
        let number = (try numbers().last ?? 0) + 1
        let folder = "\(Self.folder)/\(number)"
        var files: [UndoEntry.File] = []
        do {
            for (path, data) in transaction.writes {
                files.append(UndoEntry.File(path: path, existed: try store.preserve(path, at: keptPath(number, path)),
                                            written: Self.fingerprint(data)))
            }
        } catch {
            try? store.remove(folder)
            throw error
        }
        transaction.preparedFiles.append(folder)
        let entry = UndoEntry(command: change.command, time: change.time, ids: change.ids, files: files)
        transaction.writes.append((entryPath(number), StoredDocument.text(entry)))
    }

    /// The transaction that puts back every file entry `number` kept, removes those the change created, and retires it;
    /// refused before anything changes when a kept file is missing.
    package func reverting(_ number: Int, _ entry: UndoEntry, audit: AuditRecord) throws -> Transaction {
        var transaction = Transaction(auditLine: audit.json.compactText)
        for file in entry.files where file.existed {
            guard try store.signature(of: keptPath(number, file.path)) != nil else {
                throw StoreError.undoIncomplete(entry: "\(store.location)/\(Self.folder)/\(number)", missing: file.path)
            }
        }
        for file in entry.files {
            if file.existed {
                transaction.moves.append(Journal.Move(from: keptPath(number, file.path), to: file.path))
            } else {
                transaction.removals.append(file.path)
            }
        }
        transaction.removals.append(entryPath(number))
        return transaction
    }

    /// The files changed since the entry's command wrote them (by hand, or by a restored backup), which undoing would lose.
    package func filesChanged(since entry: UndoEntry) throws -> [String] {
        try entry.files.filter { !Self.fingerprint(of: try store.read($0.path) ?? Data(), matches: $0.written) }.map(\.path)
    }

    /// `2:` with the size and a hash of a file's bytes: enough to tell that a file is no longer the one written. The
    /// hash takes eight bytes at a time, so a year file of 4 MB takes a millisecond, not ten; after each word's multiply
    /// its high half is folded into the low, so that a change anywhere in a word reaches every bit of what follows (a
    /// plain multiply carries changes only upwards, and two edits to the top bytes of two words could cancel out).
    static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            let words = bytes.count / 8
            for index in 0..<words {
                hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 32
            }
            for byte in bytes[(words * 8)...] {
                hash = (hash ^ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 32
            }
        }
        return "2:\(data.count)-\(String(hash, radix: 16))"
    }

    /// Whether the bytes are still those a fingerprint was taken of. A fingerprint without `2:` was taken by an earlier
    /// icv, byte by byte with FNV-1a: its undo entries still work after an upgrade.
    static func fingerprint(of data: Data, matches written: String) -> Bool {
        guard !written.hasPrefix("2:") else { return fingerprint(data) == written }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return "\(data.count)-\(String(hash, radix: 16))" == written
    }

    /// Removes entry folders left without their `entry.json`: a change that stopped before its commit, or one undone.
    func removeUnfinished() throws {
        for name in try store.names(in: Self.folder, hidden: true) where Self.number(ofEntryNamed: name).map(isComplete) != true {
            try store.remove("\(Self.folder)/\(name)")
        }
    }

    /// Forgets all but the newest `kept` entries.
    func prune() throws {
        for number in try numbers().dropLast(Self.kept) {
            try store.remove("\(Self.folder)/\(number)")
        }
    }

    /// The number an entry's folder is named with: 1 to 999,999,999, so the next is never beyond an `Int`.
    private static func number(ofEntryNamed name: String) -> Int? {
        Int(name).flatMap { Bounds.idNumbers.contains($0) ? $0 : nil }
    }

    private func isComplete(_ number: Int) -> Bool {
        (try? store.names(in: "\(Self.folder)/\(number)", hidden: false).contains("entry.json")) == true
    }

    private func entryPath(_ number: Int) -> String { "\(Self.folder)/\(number)/entry.json" }

    private func keptPath(_ number: Int, _ path: String) -> String { "\(Self.folder)/\(number)/files/\(path)" }
}
