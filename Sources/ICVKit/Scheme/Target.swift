import Foundation

/// How often a site must be visited: N visits per week, fortnight or month, written `1/week`.
public struct Target: Hashable, Sendable, StringCoded {
    public static let expectedForm = "a target such as 1/week"

    public enum Period: String, CaseIterable, Sendable, Codable {
        case week, fortnight, month

        /// Weeks and fortnights are judged week by week; months by calendar month.
        public var isWeekly: Bool { self != .month }
    }

    public let visits: Int
    public let period: Period

    public init(visits: Int, period: Period) {
        self.visits = visits
        self.period = period
    }

    /// Parses `1/week`, `2/fortnight`, `1/month`.
    public init(parsing text: String) throws(ValidationError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]) else {
            throw .invalidValue(flag: "target", value: text, expected: "a target such as 1/week, 1/fortnight or 1/month")
        }
        guard let period = Period(rawValue: String(parts[1]).lowercased()) else {
            throw .invalidValue(flag: "target", value: text,
                                expected: "a period of week, fortnight or month, as in 1/week")
        }
        guard count >= 1 else {
            throw .rule("A target of \(count) visits is not a target. Give at least 1, as in 1/\(period.rawValue); to stop visits, close the site with `icv site close`.")
        }
        self.init(visits: count, period: period)
    }

    public var description: String { "\(visits)/\(period.rawValue)" }

    /// Reads a target from a file, where a bad one is reported by the decoder.
    public init?(_ text: String) {
        guard let target = try? Target(parsing: text) else { return nil }
        self = target
    }
}
