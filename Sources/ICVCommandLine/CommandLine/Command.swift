import Foundation
import ICVDomain
import ICVStorage

/// A command: its spec and what it does.
public struct Command: Sendable {
    public let spec: CommandSpec
    /// False only for `init`, which makes the folder the others need.
    public let needsDataFolder: Bool
    let run: @Sendable (Invocation) throws -> CommandOutput

    init(_ spec: CommandSpec, needsDataFolder: Bool = true, run: @escaping @Sendable (Invocation) throws -> CommandOutput) {
        self.spec = spec
        self.needsDataFolder = needsDataFolder
        self.run = run
    }
}

/// Everything a command needs while it runs: the parsed arguments, the folder's records, the moment it was run and the terminal.
package struct Invocation {
    package let arguments: ParsedArguments
    package let ledger: Ledger
    package let now: Date
    /// Where relative paths (a file to import, `--output`) are taken from.
    package let currentDirectory: URL
    /// Where to ask for a confirmation.
    package let terminal: Terminal

    /// Today in the scheme's time zone.
    package func today() throws -> LocalDate {
        try ledger.clock(at: now).today
    }

    /// A path as typed, with `~` expanded and a relative one taken from the current directory.
    package func url(_ path: String) -> URL {
        Runner.resolve(path, in: currentDirectory)
    }
}

/// What a command shows: text for a person, one JSON document for `--json`, warnings for stderr, and the exit code.
public struct CommandOutput {
    public var text: String
    /// The JSON document, made only when `--json` asks for it: a list of 1,500 volunteers takes longer to encode
    /// than to read.
    let json: () throws -> JSONValue
    public var warnings: [String]
    /// 0, or 1 when the output itself reports a problem (`icv check` finding something wrong).
    public var exitCode: Int32

    /// Output whose JSON is a report's figures (`Encodable`).
    init<Value: Encodable>(text: String, json value: Value, warnings: [String] = [], exitCode: Int32 = 0) {
        self.init(text: text, jsonValue: { try JSONCoding.value(of: value) }, warnings: warnings, exitCode: exitCode)
    }

    /// Output whose JSON is records as their files hold them: a visit, a list of volunteers.
    init(text: String, records value: some JSONWritable, warnings: [String] = []) {
        self.init(text: text, jsonValue: { value.json }, warnings: warnings, exitCode: 0)
    }

    init(text: String, jsonValue: @escaping () throws -> JSONValue, warnings: [String], exitCode: Int32) {
        self.text = text
        self.json = jsonValue
        self.warnings = warnings
        self.exitCode = exitCode
    }
}
