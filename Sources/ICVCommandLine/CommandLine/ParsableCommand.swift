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
