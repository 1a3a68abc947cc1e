import Foundation
import ICVDomain
import ICVStorage

/// `icv undo`: puts back the files as they were before the last change, after saying what that was and asking.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["undo"],
        summary: "Undo the last command that changed data.",
        discussion: """
            Shows the last change (the command, when, the records it touched) and asks before undoing it. Run it again \
            to go further back; icv keeps the last \(UndoLog.kept) changes. Without a terminal to ask, it undoes nothing \
            unless given --yes. Undoing a record's creation frees its id for the next one.
            """,
        examples: ["icv undo", "icv undo --yes"])

    @Flag(help: "Undo without asking, for scripts.") var yes: Bool

    func run(_ context: CommandContext) throws -> CommandOutput {
        let store = context.ledger.store
        let log = UndoLog(store: store)
        guard let (number, entry) = try log.latest() else {
            throw ValidationError.rule("There is nothing to undo in \(store.location): no change since the folder was made is left to undo (icv keeps the last \(UndoLog.kept)).")
        }
        let changed = try log.filesChanged(since: entry)
        guard changed.isEmpty else {
            throw ValidationError.rule("Nothing was undone: \(Prose.list(changed)) \(changed.count == 1 ? "has" : "have") changed since \(Self.describe(entry)) wrote \(changed.count == 1 ? "it" : "them") (edited by hand, or restored from a backup), and undoing would lose that. Put the change right by hand, or with the commands that made it.")
        }
        let question = "The last change was \(Self.describe(entry)).\n\(Self.effect(of: entry))\nUndo it? [y/N] "
        if !yes {
            guard context.terminal.isInteractive else {
                throw ValidationError.rule("Nothing was undone: there is no terminal to ask for confirmation. The last change was \(Self.describe(entry)). Run `icv undo --yes` to undo it.")
            }
            let answer = context.terminal.ask(question)?.trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                return CommandOutput(text: "Nothing was undone.", records: UndoResult(undone: nil, remaining: try log.numbers().count))
            }
        }
        let audit = AuditRecord(time: try context.ledger.clock(at: context.now).timestamp, command: "undo",
                                ids: entry.ids, reverts: AuditRecord.Reverted(command: entry.command, time: entry.time))
        try log.reverting(number, entry, audit: audit).commit(to: store)
        try? store.remove("\(UndoLog.folder)/\(number)")
        let remaining = try log.numbers().count
        let further = remaining == 0 ? "Nothing more can be undone." : "\(Prose.count(remaining, "earlier change")) can still be undone."
        return CommandOutput(text: "Undone: \(Self.describe(entry)).\n\(further)",
                                 records: UndoResult(undone: entry, remaining: remaining))
    }

    /// `` `visit log` on 1 June 2015 at 12:00 (CV1, R1) ``.
    private static func describe(_ entry: UndoEntry) -> String {
        let date = LocalDate(String(entry.time.prefix(10)))?.prose ?? String(entry.time.prefix(10))
        let ids = entry.ids.isEmpty ? "" : " (\(idRanges(entry.ids)))"
        return "`\(entry.command)` on \(date) at \(entry.time.dropFirst(11).prefix(5))\(ids)"
    }

    /// `CV1–CV153, R1, R3`: runs of consecutive ids of a kind as ranges, so a large import reads in a line.
    static func idRanges(_ ids: [String]) -> String {
        var parts: [String] = []
        var run: (prefix: String, first: Int, last: Int)?
        func close() {
            guard let run else { return }
            parts.append(run.first == run.last ? "\(run.prefix)\(run.first)" : "\(run.prefix)\(run.first)–\(run.prefix)\(run.last)")
        }
        for id in ids {
            let prefix = String(id.prefix { $0.isLetter })
            guard let number = Int(id.dropFirst(prefix.count)) else {
                close()
                run = nil
                parts.append(id)
                continue
            }
            if let current = run, current.prefix == prefix, current.last + 1 == number {
                run?.last = number
            } else {
                close()
                run = (prefix, number, number)
            }
        }
        close()
        return parts.joined(separator: ", ")
    }

    /// `Undoing it puts back ids.json and visits/2015-16.json, and removes requests/2015-16.json.`
    private static func effect(of entry: UndoEntry) -> String {
        let restored = entry.files.filter(\.existed).map(\.path)
        let removed = entry.files.filter { !$0.existed }.map(\.path)
        let parts = (restored.isEmpty ? [] : ["puts back " + Prose.list(restored)])
            + (removed.isEmpty ? [] : ["removes " + Prose.list(removed)])
        return "Undoing it " + parts.joined(separator: ", and ") + "."
    }
}
