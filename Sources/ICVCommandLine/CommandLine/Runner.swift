import Foundation
import ICVDomain
import ICVStorage

/// Runs a command line: finds the command, parses it, holds the folder's lock for the read-change-write and renders the result.
public enum Runner {
    /// Runs a command line; `store` opens the data folder at a path (a `FolderStore`, or a `MemoryStore` in a test).
    public static func run(_ arguments: [String], environment: [String: String], currentDirectory: URL, now: Date,
                           terminal: Terminal = NoTerminal(), store: ((URL) -> Store)? = nil) -> RunResult {
        let now = environment[testNowVariable].flatMap { ISO8601DateFormatter().date(from: $0) } ?? now
        var words: [String]?
        do {
            let global = try GlobalOptions(arguments)
            if global.help, global.remaining.count == 1, Commands.isGroup(global.remaining[0]),
               !Commands.all.contains(where: { $0.configuration.words == global.remaining }) {
                return RunResult(exitCode: 0, stdout: Commands.usage(for: global.remaining) + "\n", stderr: "")
            }
            guard let command = try Commands.find(global.remaining) else {
                return RunResult(exitCode: 0, stdout: Commands.overview, stderr: "")
            }
            words = command.configuration.words
            if global.help {
                return RunResult(exitCode: 0, stdout: command.spec.help, stderr: "")
            }
            let folder = dataFolder(global.data, environment: environment, currentDirectory: currentDirectory)
            let opened = store?(folder) ?? FolderStore(root: folder, stopAt: environment[crashTestVariable].flatMap(CommitPoint.init))
            let (output, saved) = try execute(command, Array(global.remaining.dropFirst(command.configuration.words.count)), store: opened,
                                     now: now, currentDirectory: currentDirectory, terminal: terminal)
            let stdout = global.json ? String(decoding: try output.json().prettyText, as: UTF8.self)
                : output.isData ? terminated(output.text) : ControlCharacters.visible(terminated(output.text))
            let stderr = ControlCharacters.visible(output.warnings.map { "warning: \($0)\n" }.joined())
            return RunResult(exitCode: output.exitCode, stdout: stdout, stderr: stderr, savedChange: saved)
        } catch let error as UsageError {
            let usage = Commands.usage(for: error.command ?? words ?? [])
            return RunResult(exitCode: 2, stdout: "", stderr: ControlCharacters.visible("error: \(error.message)\n\n\(usage)\n"))
        } catch {
            return RunResult(exitCode: 1, stdout: "", stderr: ControlCharacters.visible("error: \(error)\n"))
        }
    }

    /// Parses the command's input, then runs it on the folder under its lock (`init` apart, which makes the folder) and
    /// commits what it changed; says whether the commit wrote anything.
    private static func execute<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String], store: Store, now: Date,
                                                          currentDirectory: URL, terminal: Terminal) throws -> (CommandOutput, saved: Bool) {
        let command = try Command.parse(arguments)
        let needsDataFolder = Command.configuration.needsDataFolder
        let runAndCommit = {
            let ledger = Ledger(store: store)
            let output = try command.run(CommandContext(ledger: ledger, now: now, currentDirectory: currentDirectory, terminal: terminal))
            // `init` makes the folder: undoing it would leave no folder to undo in.
            return (output, try ledger.commit(as: Command.spec.name, at: now, undoable: needsDataFolder))
        }
        guard needsDataFolder else {
            // `init` holds the lock too, so that of many at once on one new folder exactly one makes it.
            return try store.withLockOnNewFolder(runAndCommit)
        }
        guard store.isInitialised() else { throw StoreError.noDataFolder(path: store.location) }
        return try store.withExclusiveLock {
            try Ledger.recover(store)
            return try runAndCommit()
        }
    }

    /// Names a commit step at which `icv` kills itself, for the crash tests; never set in use.
    static let crashTestVariable = "ICV_TEST_CRASH_AT"

    /// An instant (ISO 8601, `2026-12-02T12:00:00Z`) that `icv` takes for now, so that end-to-end tests can fix today;
    /// never set in use.
    static let testNowVariable = "ICV_TEST_NOW"

    /// `--data`, then `ICV_DATA`, then `./icv-data`, relative paths taken from the current directory.
    static func dataFolder(_ flag: String?, environment: [String: String], currentDirectory: URL) -> URL {
        resolve(flag ?? environment["ICV_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "icv-data", in: currentDirectory)
    }

    /// A path as typed, with `~` expanded and a relative one taken from the current directory.
    static func resolve(_ path: String, in currentDirectory: URL) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        return expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : currentDirectory.appendingPathComponent(expanded)
    }

    private static func terminated(_ text: String) -> String {
        text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    }
}
