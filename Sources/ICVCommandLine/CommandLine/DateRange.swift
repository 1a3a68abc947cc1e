import Foundation
import ICVDomain

/// `--from` and an optional `--to`, with `--to` not before `--from`: the days a target rule or a closure covers.
struct DateRange {
    let from: LocalDate
    /// The last day; nil for from then on.
    let to: LocalDate?

    init(from: LocalDate, to: LocalDate?) {
        self.from = from
        self.to = to
    }

    /// The range typed with `--from` and `--to`, refused when it ends before it starts.
    static func typed(from: LocalDate, to: LocalDate?) throws(ValidationError) -> DateRange {
        if let to { try checkOrder(from: from, to: to) }
        return DateRange(from: from, to: to)
    }

    /// Refuses a `--to` before its `--from`, or more than 100 years after it.
    static func checkOrder(from: LocalDate, to: LocalDate) throws(ValidationError) {
        guard to >= from else {
            throw .rule("--to \(to) is before --from \(from). Give the first day with --from and the last with --to.")
        }
        guard to < from.adding(months: 12 * Bounds.longestRangeYears) else {
            throw .rule("--from \(from) to --to \(to) is more than \(Bounds.longestRangeYears) years. Give a shorter range.")
        }
    }

    /// `from 1 April 2021 to 30 June 2021`, or `from 1 April 2021 on`.
    var prose: String {
        to.map { "from \(from.prose) to \($0.prose)" } ?? "from \(from.prose) on"
    }
}
