import Foundation

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

/// Everything a command needs while it runs: the parsed arguments, the folder's records and the moment it was run.
public struct Invocation {
    public let arguments: ParsedArguments
    public let ledger: Ledger
    public let now: Date

    /// Today in the scheme's time zone.
    public func today() throws -> LocalDate {
        let scheme = try ledger.scheme()
        guard let zone = TimeZone(identifier: scheme.timeZone) else {
            throw StoreError.invalidContent(path: "\(ledger.store.location)/\(DataFile.scheme.path)", field: "timeZone",
                                            problem: "'\(scheme.timeZone)' is not a known time zone")
        }
        return Clock(now: now, timeZone: zone).today
    }
}

/// What a command shows: text for a person, one JSON document for `--json`, warnings for stderr, and the exit code.
public struct CommandOutput {
    public var text: String
    public var json: Data
    public var warnings: [String]
    /// 0, or 1 when the output itself reports a problem (`icv check` finding something wrong).
    public var exitCode: Int32

    public init<Value: Encodable>(text: String, json value: Value, warnings: [String] = [], exitCode: Int32 = 0) throws {
        self.text = text
        self.json = try JSONCoding.encode(value)
        self.warnings = warnings
        self.exitCode = exitCode
    }
}
