import Foundation
import ICVDomain
import ICVStorage

/// `--year`, or `--from`/`--to`: which financial years' files to read and which records to keep.
struct DateFilter {
    let from: LocalDate?
    let to: LocalDate?
    let year: FinancialYear?

    init(year: FinancialYear?, from: LocalDate? = nil, to: LocalDate? = nil) throws {
        if year != nil, from != nil || to != nil {
            throw UsageError("Give --year, or --from and --to, not both.")
        }
        if let from, let to {
            try DateRange.checkOrder(from: from, to: to)
        }
        self.year = year
        self.from = from
        self.to = to
    }

    func contains(_ date: LocalDate) -> Bool {
        (year.map { $0.contains(date) } ?? true) && (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }

    /// Reads only the years that can match, keeping the records whose date (found by `date`) passes.
    func records<Record>(_ kind: YearKind<Record>, in ledger: Ledger, date: (Record) throws -> LocalDate) throws -> [Record] {
        let years = try ledger.years(kind).filter { candidate in
            (year.map { $0 == candidate } ?? true) && (from.map { candidate.last >= $0 } ?? true)
                && (to.map { candidate.first <= $0 } ?? true)
        }
        return try years.flatMap { try ledger.records(kind, in: $0) }.filter { try contains(date($0)) }
    }
}
