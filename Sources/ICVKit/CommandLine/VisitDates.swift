import Foundation

/// The dates of every site's visits (custody visits and kennel inspections) between two dates, read from only the years
/// needed, and of each visit only where and when it was.
enum VisitDates {
    static func bySite(in ledger: Ledger, from: LocalDate, to: LocalDate) throws -> [String: [LocalDate]] {
        try collect(in: ledger, from: from, to: to) { _, _ in false }
    }

    /// What `status` needs: each site's visit dates up to `date`, back to `from` at most, reading the newest year
    /// first and stopping once every site has a visit in what has been read and the read covers the longest period
    /// (a month). For most of the year that is the current year alone: the one before is read only for a site not
    /// yet visited this year, or early in April.
    static func recentBySite(in ledger: Ledger, sites: [Site], from: LocalDate, to date: LocalDate) throws -> [String: [LocalDate]] {
        try collect(in: ledger, from: from, to: date) { year, dates in
            year.first <= date.adding(months: -1) && sites.allSatisfy { dates[$0.id] != nil }
        }
    }

    /// The dates from the years that overlap the range, newest first, until `enough` says the years read so far suffice.
    private static func collect(in ledger: Ledger, from: LocalDate, to: LocalDate,
                                enough: (FinancialYear, [String: [LocalDate]]) -> Bool) throws -> [String: [LocalDate]] {
        var dates: [String: [LocalDate]] = [:]
        let years = Set(try ledger.years(.visits) + ledger.years(.kennelInspections))
        for year in years.sorted(by: >) where year.first <= to && year.last >= from {
            for visit in try VisitPlace.all(in: year, of: ledger) where visit.date >= from && visit.date <= to {
                dates[visit.site, default: []].append(visit.date)
            }
            if enough(year, dates) { break }
        }
        return dates.mapValues { $0.sorted() }
    }
}
