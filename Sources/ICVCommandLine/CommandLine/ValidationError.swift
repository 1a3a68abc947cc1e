import Foundation
import ICVDomain
import ICVStorage

/// A value that is present but not acceptable: the command is rejected (exit 1) and nothing changes.
public enum ValidationError: Error, Equatable, CustomStringConvertible {
    /// A value of the wrong form: a bad date, an unknown category.
    case invalidValue(flag: String, value: String, expected: String)
    /// The same in a column of an imported file.
    case invalidColumn(column: String, value: String, expected: String)
    /// A value of the right form beyond its bound (SPEC: "Hostile input and faults"); `name` is the flag or column.
    case outOfBounds(name: String, value: String, problem: String)
    /// No record has this id or name; `candidates` are the nearest ones to offer.
    case notFound(kind: String, name: String, candidates: [String], listCommand: String)
    /// More than one record has this name.
    case ambiguous(kind: String, name: String, candidates: [String])
    /// A rule of the scheme is broken; the text says which and how to put it right.
    case rule(String)

    public var description: String {
        switch self {
        case .invalidValue(let flag, let value, let expected):
            "'\(value)' is not a valid --\(flag): give \(expected)."
        case .invalidColumn(let column, let value, let expected):
            "'\(value)' is not a valid \(column): give \(expected)."
        case .outOfBounds(let name, let value, let problem):
            "\(name) \(value) \(problem)."
        case .notFound(let kind, let name, let candidates, let listCommand):
            candidates.isEmpty
                ? "There is no \(kind) '\(name)'. See `\(listCommand)` for the ids and names."
                : "There is no \(kind) '\(name)'. Did you mean: \(candidates.joined(separator: ", "))? See `\(listCommand)` for all of them."
        case .ambiguous(let kind, let name, let candidates):
            "'\(name)' could be more than one \(kind): \(candidates.joined(separator: ", ")). Give the id instead."
        case .rule(let message):
            message
        }
    }
}
