import Foundation
import ICVDomain

/// A value a flag or argument takes, read from its text: a date, a time, a count, one of a fixed list.
protocol ArgumentValue: OptionValue {
    /// The value the text stands for, or nil when the text is not of that form.
    init?(argument text: String)
    /// What the text should look like, for the message when it does not: "a date as YYYY-MM-DD, such as 2014-05-02".
    static var expectedArgument: String { get }
    /// What an input holds before it is parsed; a command never sees it, since a missing value is refused first.
    static var unparsed: Self { get }
    /// Why a value of the right form is still refused ("is too many: a count is at most 9,999"), or nil.
    var outOfBounds: String? { get }
}

extension ArgumentValue {
    static var arity: OptionArity { .required }
    static var placeholder: Self { unparsed }
    static var choices: [String]? { nil }
    var outOfBounds: String? { nil }

    static func parse(_ texts: [String], flag: String) throws(ValidationError) -> Self {
        guard let text = texts.last else { return unparsed }
        return try parse(text, flag: flag)
    }

    /// One text as the value, or the rejection naming the flag and what it should be.
    static func parse(_ text: String, flag: String) throws(ValidationError) -> Self {
        try parse(text, named: "--\(flag)", invalid: .invalidValue(flag: flag, value: text, expected: expectedArgument))
    }

    /// One text as the value, typed with a flag or in a column of an imported file (`name`): `invalid` when it is not of
    /// the value's form, and the bound it breaks when it is beyond one.
    static func parse(_ text: String, named name: String, invalid: ValidationError) throws(ValidationError) -> Self {
        guard let value = Self(argument: text) else { throw invalid }
        if let problem = value.outOfBounds { throw .outOfBounds(name: name, value: text, problem: problem) }
        return value
    }
}

extension ArgumentValue where Self: RawRepresentable & CaseIterable, RawValue == String {
    /// A status, category or kind by its name, in any case.
    init?(argument text: String) {
        self.init(rawValue: text.lowercased())
    }

    static var expectedArgument: String { oneOf(allCases.map(\.rawValue)) }
    static var choices: [String]? { allCases.map(\.rawValue) }
    static var unparsed: Self { allCases[allCases.startIndex] }
}

/// "one of a, b or c".
func oneOf(_ names: [String]) -> String {
    guard names.count > 1 else { return "one of \(names.joined())" }
    return "one of " + names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
}

extension String: ArgumentValue {
    init?(argument text: String) {
        self = text
    }

    static var expectedArgument: String { "some text" }
    static var unparsed: String { "" }
}

extension Int: ArgumentValue {
    /// A count: a whole number, 0 or more.
    init?(argument text: String) {
        guard let number = Int(text), number >= 0 else { return nil }
        self = number
    }

    static var expectedArgument: String { "a whole number, 0 or more" }
    static var unparsed: Int { 0 }

    var outOfBounds: String? {
        Bounds.count.contains(self) ? nil : "is too many: \(Labels.countTooLarge)"
    }
}

extension LocalDate: ArgumentValue {
    init?(argument text: String) {
        self.init(text)
    }

    static var expectedArgument: String { "a date as YYYY-MM-DD, such as 2014-05-02" }
    static var unparsed: LocalDate { LocalDate(dayNumber: 0) }
    var outOfBounds: String? { Bounds.yearProblem(year) }
}

extension TimeOfDay: ArgumentValue {
    init?(argument text: String) {
        self.init(text)
    }

    static var expectedArgument: String { "a 24-hour time as HH:MM, such as 19:40" }
    static var unparsed: TimeOfDay { .midnight }
}

extension FinancialYear: ArgumentValue {
    init?(argument text: String) {
        self.init(text)
    }

    static var expectedArgument: String { "a financial year such as 2014 or 2014/15" }
    static var unparsed: FinancialYear { FinancialYear(startYear: 1970) }
    var outOfBounds: String? { Bounds.yearProblem(startYear) }
}

extension Site.Kind: ArgumentValue {}
extension VolunteerStatus: ArgumentValue {}
extension Activity.Kind: ArgumentValue {}
extension RequestCategory: ArgumentValue {}
extension DetaineeRequest.Status: ArgumentValue {}
extension Issue.Category: ArgumentValue {
    /// Both lists, each with the kind of visit it fits.
    static var expectedArgument: String {
        Site.Kind.allCases.map { "\(oneOf(categories(on: $0).map(\.rawValue))) on \($0.visitWithArticle)" }.joined(separator: "; ")
    }
}
extension KennelInspection.Rating: ArgumentValue {}
extension SchemeKind: ArgumentValue {}
