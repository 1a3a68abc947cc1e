import Foundation

/// A custody suite or a kennels that volunteers visit, with its targets and closures.
public struct Site: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case custodySuite = "custody-suite"
        case kennels

        /// The scheme whose volunteers visit this kind of site.
        public var scheme: SchemeKind { self == .custodySuite ? .icv : .aws }
        public var label: String { self == .custodySuite ? "custody suite" : "kennels" }
        /// "a custody suite", "kennels".
        public var withArticle: String { self == .custodySuite ? "a custody suite" : "kennels" }
    }

    /// A `site target` rule: a different target on the dates it covers.
    public struct TargetRule: Sendable, Equatable {
        public var target: Target
        public var from: LocalDate
        public var to: LocalDate?
        public var unknownFields = UnknownFields()

        public init(target: Target, from: LocalDate, to: LocalDate?) {
            self.target = target
            self.from = from
            self.to = to
        }
    }

    /// Days on which the site cannot be visited (both ends included; open-ended without `to`).
    public struct Closure: Sendable, Equatable {
        public var from: LocalDate
        public var to: LocalDate?
        public var reason: String?
        public var unknownFields = UnknownFields()

        public init(from: LocalDate, to: LocalDate?, reason: String?) {
            self.from = from
            self.to = to
            self.reason = reason
        }

        public func covers(_ date: LocalDate) -> Bool {
            date >= from && (to.map { date <= $0 } ?? true)
        }
    }

    /// The slug made from the name: `euston-street`.
    public var id: String
    public var name: String
    public var kind: Kind
    /// The target in force on every date; nil for an occasional site.
    public var target: Target?
    public var occasional: Bool
    public var opened: LocalDate?
    public var targetRules: [TargetRule]
    public var closures: [Closure]
    public var unknownFields = UnknownFields()

    public init(id: String, name: String, kind: Kind, target: Target?, occasional: Bool, opened: LocalDate?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.target = target
        self.occasional = occasional
        self.opened = opened
        self.targetRules = []
        self.closures = []
    }

    /// The closure in force on a date, if any.
    public func closure(on date: LocalDate) -> Closure? {
        closures.first { $0.covers(date) }
    }

    /// Whether targets are judged by week (week and fortnight targets) rather than by month.
    public var isJudgedWeekly: Bool {
        target.map { $0.period.isWeekly } ?? (kind == .custodySuite)
    }

    /// The target in force on a date: the covering rule with the latest `from` (the last added on a tie), else the base target.
    public func target(on date: LocalDate) -> Target? {
        let covering = targetRules.enumerated().filter { $0.element.from <= date && ($0.element.to.map { date <= $0 } ?? true) }
        let winner = covering.max { ($0.element.from, $0.offset) < ($1.element.from, $1.offset) }
        return winner?.element.target ?? target
    }

    /// Makes the slug for a name: lower case, runs of anything but letters and digits become one hyphen.
    public static func slug(for name: String) -> String {
        var slug = ""
        for character in name.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}
