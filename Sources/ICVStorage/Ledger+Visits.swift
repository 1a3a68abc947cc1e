import Foundation
import ICVDomain

/// Where and when visits were, read from only the years needed, and of each visit only its place.
extension Ledger {
    /// The places of a year's custody visits and kennel inspections together.
    package func places(in year: FinancialYear) throws -> [VisitPlace] {
        try parts(.visits, in: year) + parts(.kennelInspections, in: year)
    }

    /// The custody visits and kennel inspections that began the day before a date, on it or the day after: the ones a
    /// visit on that date may overlap.
    package func places(around date: LocalDate) throws -> [VisitPlace] {
        let days = Set([date.adding(days: -1), date, date.adding(days: 1)])
        return try Self.years(around: date).flatMap { try places(in: $0) }.filter { days.contains($0.date) }
    }

    /// The financial years of the day before a date, the date and the day after: where the visits it may overlap are.
    package static func years(around date: LocalDate) -> [FinancialYear] {
        Set([date.adding(days: -1), date, date.adding(days: 1)].map(\.financialYear)).sorted()
    }

    /// Which of the sites had a visit or kennel inspection before the date: years are read newest first, stopping once
    /// every one has been found.
    package func sitesVisited(among sites: Set<String>, before date: LocalDate) throws -> Set<String> {
        var found = Set<String>()
        let years = Set(try self.years(.visits) + self.years(.kennelInspections))
        for year in years.sorted(by: >) where year.first < date && found != sites {
            for place in try places(in: year) where place.date < date && sites.contains(place.site) {
                found.insert(place.site)
            }
        }
        return found
    }

    /// The dates of every site's visits (custody visits and kennel inspections) between two dates.
    package func visitDatesBySite(from: LocalDate, to: LocalDate) throws -> [String: [LocalDate]] {
        try visitDatesBySite(from: from, to: to) { _, _ in false }
    }

    /// What `status` needs: each site's visit dates up to `date`, back to `from` at most, reading the newest year
    /// first and stopping once every site has a visit in what has been read and the read covers the longest period
    /// (a month). For most of the year that is the current year alone: the one before is read only for a site not
    /// yet visited this year, or early in April.
    package func recentVisitDatesBySite(sites: [Site], from: LocalDate, to date: LocalDate) throws -> [String: [LocalDate]] {
        try visitDatesBySite(from: from, to: date) { year, dates in
            year.first <= date.adding(months: -1) && sites.allSatisfy { dates[$0.id] != nil }
        }
    }

    /// The dates from the years that overlap the range, newest first, until `enough` says the years read so far suffice.
    private func visitDatesBySite(from: LocalDate, to: LocalDate,
                                  enough: (FinancialYear, [String: [LocalDate]]) -> Bool) throws -> [String: [LocalDate]] {
        var dates: [String: [LocalDate]] = [:]
        let years = Set(try self.years(.visits) + self.years(.kennelInspections))
        for year in years.sorted(by: >) where year.first <= to && year.last >= from {
            for visit in try places(in: year) where visit.date >= from && visit.date <= to {
                dates[visit.site, default: []].append(visit.date)
            }
            if enough(year, dates) { break }
        }
        return dates.mapValues { $0.sorted() }
    }
}
