import Foundation
import ICVDomain
import ICVStorage

/// Text values by name — a command's flags, or the cells of a row of an imported file — read as dates, times, counts
/// and choices by one set of rules, with messages that name the flag or the column.
public protocol NamedValues {
    /// Whether a message names a flag or a column.
    var form: EntryForm { get }
    /// The text given for a name (a flag's name without `--`, such as `in-custody`), or nil when none was given.
    func string(_ name: String) -> String?
}

extension NamedValues {
    /// Free text: trimmed, nil when empty.
    public func text(_ name: String) -> String? {
        let trimmed = string(name)?.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed?.isEmpty == false ? trimmed : nil
    }

    public func date(_ name: String) throws(ValidationError) -> LocalDate? {
        try read(name, LocalDate.init, expected: "a date as YYYY-MM-DD, such as 2014-05-02")
    }

    public func time(_ name: String) throws(ValidationError) -> TimeOfDay? {
        try read(name, TimeOfDay.init, expected: "a 24-hour time as HH:MM, such as 19:40")
    }

    public func count(_ name: String) throws(ValidationError) -> Int? {
        try read(name, { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, expected: "a whole number, 0 or more")
    }

    public func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, as type: Choice.Type) throws(ValidationError) -> Choice?
    where Choice.RawValue == String {
        try read(name, { Choice(rawValue: $0.lowercased()) }, expected: ParsedArguments.oneOf(Choice.self))
    }

    public func year(_ name: String) throws(ValidationError) -> FinancialYear? {
        try read(name, FinancialYear.init, expected: "a financial year such as 2014 or 2014/15")
    }

    /// A value that must be there. The parser has already checked that a required flag is present; a column's cell may be empty.
    public func required<Value>(_ name: String, _ read: (String) throws -> Value?) throws -> Value {
        guard let value = try read(name) else {
            switch form {
            case .flags: throw UsageError("Missing --\(name).", command: [])
            case .columns: throw ValidationError.rule("The \(form.name(name)) column is empty; every visit needs it.")
            }
        }
        return value
    }

    /// nil when nothing was given; the parsed value; or an error naming the flag or column and what it should be.
    private func read<Value>(_ name: String, _ parse: (String) -> Value?, expected: String) throws(ValidationError) -> Value? {
        guard let text = string(name) else { return nil }
        guard let value = parse(text) else {
            switch form {
            case .flags: throw .invalidValue(flag: name, value: text, expected: expected)
            case .columns: throw .invalidColumn(column: form.name(name), value: text, expected: expected)
            }
        }
        return value
    }
}
