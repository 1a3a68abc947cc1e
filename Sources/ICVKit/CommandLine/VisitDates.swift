import Foundation

/// The dates of every site's visits (custody visits and kennel inspections) between two dates, read from only the years needed.
enum VisitDates {
    static func bySite(in ledger: Ledger, from: LocalDate, to: LocalDate) throws -> [String: [LocalDate]] {
        var dates: [String: [LocalDate]] = [:]
        for year in try ledger.years(.visits) where year.last >= from && year.first <= to {
            for visit in try ledger.records(.visits, in: year) where visit.date >= from && visit.date <= to {
                dates[visit.site, default: []].append(visit.date)
            }
        }
        for year in try ledger.years(.kennelInspections) where year.last >= from && year.first <= to {
            for inspection in try ledger.records(.kennelInspections, in: year) where inspection.date >= from && inspection.date <= to {
                dates[inspection.site, default: []].append(inspection.date)
            }
        }
        return dates.mapValues { $0.sorted() }
    }
}
