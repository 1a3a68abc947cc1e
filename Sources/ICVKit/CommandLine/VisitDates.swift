import Foundation

/// The dates of every site's visits (custody visits and kennel inspections) between two dates, read from only the years
/// needed, and of each visit only where and when it was.
enum VisitDates {
    static func bySite(in ledger: Ledger, from: LocalDate, to: LocalDate) throws -> [String: [LocalDate]] {
        var dates: [String: [LocalDate]] = [:]
        func add<Record: SiteVisit>(_ kind: YearKind<Record>) throws {
            for year in try ledger.years(kind) where year.last >= from && year.first <= to {
                for visit in try VisitPlace.all(kind, in: year, of: ledger) where visit.date >= from && visit.date <= to {
                    dates[visit.site, default: []].append(visit.date)
                }
            }
        }
        try add(.visits)
        try add(.kennelInspections)
        return dates.mapValues { $0.sorted() }
    }
}
