import Foundation

/// A financial year, 1 April to 31 March, written `2014/15` in reports and `2014-15` in file names.
public struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let startYear: Int

    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Parses `2014` or `2014/15` (the second part must be the following year).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let start = Int(parts[0]),
              parts[0].allSatisfy(\.isNumber) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2, let end = Int(parts[1]), end == (start + 1) % 100 else { return nil }
        }
        self.init(startYear: start)
    }

    public var first: LocalDate { LocalDate(year: startYear, month: 4, day: 1)! }
    public var last: LocalDate { LocalDate(year: startYear + 1, month: 3, day: 31)! }

    public func contains(_ date: LocalDate) -> Bool {
        date >= first && date <= last
    }

    /// `2014/15`.
    public var description: String {
        String(format: "%d/%02d", startYear, (startYear + 1) % 100)
    }

    /// `2014-15`, the stem of the year's file names.
    public var fileStem: String {
        String(format: "%d-%02d", startYear, (startYear + 1) % 100)
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
        lhs.startYear < rhs.startYear
    }
}
