import Foundation
import ICVDomain
import ICVStorage

/// One command's words, arguments, flags and help text: everything needed to parse it and to describe it, drawn from
/// its configuration and the inputs its properties declare.
struct CommandSpec: Sendable {
    let words: [String]
    /// Positional arguments, all required, in order (`VISIT`).
    let arguments: [String]
    let options: [OptionSpec]
    let summary: String
    let discussion: String
    let examples: [String]

    init(_ configuration: CommandConfiguration, declarations: [InputDeclaration]) {
        words = configuration.words
        summary = configuration.summary
        discussion = configuration.discussion
        examples = configuration.examples
        arguments = declarations.compactMap { declaration in
            if case .positional(let valueName) = declaration.kind { valueName } else { nil }
        }
        options = declarations.compactMap { declaration in
            if case .option(let option) = declaration.kind { option } else { nil }
        }
    }

    var name: String { words.joined(separator: " ") }

    /// The flags every command takes, described once.
    static let globalOptions: [OptionSpec] = [
        .value("data", "DIR", "The data folder (default: $ICV_DATA, then ./icv-data)."),
        .flag("json", "Print one JSON document on stdout instead of text."),
        .flag("help", "Show this help (also -h)."),
    ]

    /// `icv visit log --site SITE … [--notes TEXT]…`, wrapped at 100 columns.
    var usage: String {
        var parts = arguments
        for option in options {
            let text = option.required ? option.synopsis : "[\(option.synopsis)]"
            parts.append(option.repeatable ? text + "..." : text)
        }
        let lead = "icv \(name)"
        var lines: [String] = []
        var line = "Usage: \(lead)"
        let indent = String(repeating: " ", count: "Usage: ".count + lead.count)
        for part in parts {
            if line.count + 1 + part.count > 100 {
                lines.append(line)
                line = indent
            }
            line += " " + part
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The whole `--help` text.
    var help: String {
        var text = usage + "\n\n" + summary + "\n"
        if !discussion.isEmpty {
            text += "\n" + discussion.split(separator: "\n").map { Self.wrap(String($0)) }.joined(separator: "\n") + "\n"
        }
        let all = options + Self.globalOptions
        let width = all.map(\.synopsis.count).max() ?? 0
        text += "\nOptions:\n"
        for option in all {
            let padded = option.synopsis.padding(toLength: width, withPad: " ", startingAt: 0)
            text += "  \(padded)  \(option.help)\n"
        }
        text += "\n\(examples.count == 1 ? "Example" : "Examples"):\n"
        for example in examples {
            text += "  " + Self.wrapCommand(example) + "\n"
        }
        return text
    }

    /// Breaks text into lines of at most `width` characters between words (a quoted phrase is one word).
    static func wrap(_ text: String, width: Int = 100) -> String {
        wrap(units: words(text), width: width, separator: "\n")
    }

    /// Breaks a command line only before a flag, so each `--flag value` stays together, with shell continuations.
    static func wrapCommand(_ text: String, width: Int = 96) -> String {
        var units: [String] = []
        for word in words(text) {
            if let last = units.last, last.hasPrefix("--"), !last.contains(" "), !word.hasPrefix("--") {
                units[units.count - 1] += " " + word
            } else {
                units.append(word)
            }
        }
        return wrap(units: units, width: width, separator: " \\\n      ")
    }

    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == " " && !quoted {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    private static func wrap(units: [String], width: Int, separator: String) -> String {
        var lines: [String] = []
        var line = ""
        for unit in units {
            if !line.isEmpty, line.count + 1 + unit.count > width {
                lines.append(line)
                line = unit
            } else {
                line += line.isEmpty ? unit : " " + unit
            }
        }
        lines.append(line)
        return lines.joined(separator: separator)
    }
}
