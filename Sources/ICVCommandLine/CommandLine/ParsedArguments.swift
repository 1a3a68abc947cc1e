import Foundation
import ICVDomain
import ICVStorage

/// What was typed after the command's words, checked against its spec: unknown flags, missing values and missing or
/// extra arguments are usage errors. The command's input is decoded from it (`InputDecoder`).
struct ParsedArguments: Sendable {
    let positionals: [String]
    private let values: [String: [String]]
    private let switches: Set<String>

    init(positionals: [String], values: [String: [String]], switches: Set<String>) {
        self.positionals = positionals
        self.values = values
        self.switches = switches
    }

    /// Reads `arguments` against a spec: unknown flags, missing values, missing or extra arguments are usage errors.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var switches = Set<String>()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
                if argument.hasPrefix("-") && !onlyPositionals && argument.count > 1 && Double(argument) == nil {
                    throw UsageError("Unknown option '\(argument)'.", command: spec.words)
                }
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let distances = spec.options.map { ($0.name, Self.editDistance($0.name, name)) }
                let nearest = distances.map(\.1).min() ?? 0
                let near = distances.filter { $0.1 == nearest && nearest <= max(1, name.count / 4) }.map(\.0)
                let hint = near.isEmpty ? "" : " Did you mean " + near.map { "--\($0)" }.joined(separator: " or ") + "?"
                throw UsageError("Unknown option '--\(name)' for `icv \(spec.name)`.\(hint)", command: spec.words)
            }
            guard option.valueName != nil else {
                guard inlineValue == nil else {
                    throw UsageError("--\(name) takes no value.", command: spec.words)
                }
                switches.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !Self.looksLikeFlag(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("--\(name) needs a value (\(option.synopsis)).", command: spec.words)
            }
            if !option.repeatable, values[name] != nil {
                throw UsageError("--\(name) is given more than once.", command: spec.words)
            }
            values[name, default: []].append(value)
        }
        if positionals.count < spec.arguments.count {
            let missing = spec.arguments[positionals.count...].joined(separator: " ")
            throw UsageError("Missing \(missing).", command: spec.words)
        }
        if positionals.count > spec.arguments.count {
            throw UsageError("Unexpected argument '\(positionals[spec.arguments.count])'.", command: spec.words)
        }
        for option in spec.options where option.required && values[option.name] == nil {
            throw UsageError("Missing \(option.synopsis).", command: spec.words)
        }
        self.init(positionals: positionals, values: values, switches: switches)
    }

    /// How many single-letter changes turn one word into the other, to suggest the flag that was meant.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let target = Array(second)
        var previous = Array(0...target.count)
        for (row, letter) in first.enumerated() {
            var current = [row + 1]
            for (column, other) in target.enumerated() {
                current.append(min(previous[column + 1] + 1, current[column] + 1, previous[column] + (letter == other ? 0 : 1)))
            }
            previous = current
        }
        return previous[target.count]
    }

    /// `--site` is a flag; `-3` (a negative number typed as a value) is not.
    private static func looksLikeFlag(_ text: String) -> Bool {
        text.hasPrefix("--") && text.count > 2
    }

    // MARK: - Access

    func has(_ name: String) -> Bool {
        switches.contains(name) || values[name] != nil
    }

    func string(_ name: String) -> String? {
        values[name]?.last
    }

    func strings(_ name: String) -> [String] {
        values[name] ?? []
    }
}
