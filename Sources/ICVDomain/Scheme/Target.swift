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

    /// Why a text is not a target.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a number, a slash and a period.
        case notATarget
        case unknownPeriod
        /// Fewer than one visit.
        case tooFewVisits(Int, Period)
    }

    /// Parses `1/week`, `2/fortnight`, `1/month` (the period in any case).
    public init(parsing text: String) throws(Problem) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[0]) else { throw .notATarget }
        guard let period = Period(rawValue: String(parts[1]).lowercased()) else { throw .unknownPeriod }
        guard count >= 1 else { throw .tooFewVisits(count, period) }
        self.init(visits: count, period: period)
    }

    public var description: String { "\(visits)/\(period.rawValue)" }

    /// Reads a target from a file, where a bad one is reported by the decoder.
    public init?(_ text: String) {
        guard let target = try? Target(parsing: text) else { return nil }
        self = target
    }
}
