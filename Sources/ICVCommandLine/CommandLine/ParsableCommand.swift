import Foundation
import ICVDomain
import ICVStorage

/// A command: its words and help, its inputs (each a property declared once with `@Option`, `@Flag`, `@Argument` or
/// `@OptionGroup`, which drive parsing, help and completion), and what it does with them.
protocol ParsableCommand: ParsableInputs {
    static var configuration: CommandConfiguration { get }
    /// Does the command's work on the folder and says what came of it, as text and as JSON.
    func run(_ context: CommandContext) throws -> CommandOutput
}

extension ParsableCommand {
    static var spec: CommandSpec {
        CommandSpec(configuration, declarations: declarations)
    }

    /// The command's input from what was typed after its words: a usage mistake names this command, and a value of the
    /// wrong form names its flag.
    static func parse(_ arguments: [String]) throws -> Self {
        let parsed = try ParsedArguments(arguments, spec: spec)
        return try Self(from: InputDecoder(parsed, for: Self.self))
    }
}

/// What a command is called and says of itself.
struct CommandConfiguration: Sendable {
    let words: [String]
    let summary: String
    let discussion: String
    let examples: [String]
    /// False only for `init`, which makes the folder the others need.
    let needsDataFolder: Bool

    init(_ words: [String], summary: String, discussion: String = "", examples: [String], needsDataFolder: Bool = true) {
        self.words = words
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.needsDataFolder = needsDataFolder
    }
}

/// Everything a command needs while it runs besides its input: the folder's records, the moment it was run and the terminal.
struct CommandContext {
    let ledger: Ledger
    let now: Date
    /// Where relative paths (a file to import, `--output`) are taken from.
    let currentDirectory: URL
    /// Where to ask for a confirmation.
    let terminal: Terminal

    /// Today in the scheme's time zone.
    func today() throws -> LocalDate {
        try ledger.clock(at: now).today
    }

    /// A path as typed, with `~` expanded and a relative one taken from the current directory.
    func url(_ path: String) -> URL {
        Runner.resolve(path, in: currentDirectory)
    }
}
