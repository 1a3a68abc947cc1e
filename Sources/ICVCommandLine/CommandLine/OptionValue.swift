import Foundation

/// What an `@Option` holds: one value that must be given, an optional one, or a list of them.
protocol OptionValue: Sendable {
    static var arity: OptionArity { get }
    /// What the input holds before it is parsed.
    static var placeholder: Self { get }
    /// The fixed values it may take, for completion; nil for free ones.
    static var choices: [String]? { get }
    /// The value of the texts given for a flag (all of them, for one given more than once).
    static func parse(_ texts: [String], flag: String) throws(ValidationError) -> Self
}

extension Optional: OptionValue where Wrapped: ArgumentValue {
    static var arity: OptionArity { .optional }
    static var placeholder: Wrapped? { nil }
    static var choices: [String]? { Wrapped.choices }

    static func parse(_ texts: [String], flag: String) throws(ValidationError) -> Wrapped? {
        guard let text = texts.last else { return nil }
        return try Wrapped.parse(text, flag: flag)
    }
}

extension Array: OptionValue where Element: ArgumentValue {
    static var arity: OptionArity { .repeated }
    static var placeholder: [Element] { [] }
    static var choices: [String]? { Element.choices }

    static func parse(_ texts: [String], flag: String) throws(ValidationError) -> [Element] {
        var values: [Element] = []
        for text in texts {
            values.append(try Element.parse(text, flag: flag))
        }
        return values
    }
}
