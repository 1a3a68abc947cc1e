import Foundation

/// The dates of every site's visits (custody visits and kennel inspections) between two dates, read from only the years
/// needed, and of each visit only its site and date.
enum VisitDates {
    static func bySite(in ledger: Ledger, from: LocalDate, to: LocalDate) throws -> [String: [LocalDate]] {
        var dates: [String: [LocalDate]] = [:]
        func add<Record>(_ kind: YearKind<Record>, place: (Record) -> Place) throws {
            for year in try ledger.years(kind) where year.last >= from && year.first <= to {
                for visit in try ledger.parts(kind, in: year, as: Place.self, from: place) where visit.date >= from && visit.date <= to {
                    dates[visit.site, default: []].append(visit.date)
                }
            }
        }
        try add(.visits) { Place(site: $0.site, date: $0.date) }
        try add(.kennelInspections) { Place(site: $0.site, date: $0.date) }
        return dates.mapValues { $0.sorted() }
    }

    /// Where and when a visit or kennel inspection was, read from its record without the rest of it.
    struct Place: JSONReadable {
        let site: String
        let date: LocalDate

        init(site: String, date: LocalDate) {
            self.site = site
            self.date = date
        }

        init(reading reader: inout JSONReader) throws {
            var site: String?, date: LocalDate?
            try reader.readObject { reader, key in
                switch key {
                case "site": site = try String(reading: &reader)
                case "date": date = try LocalDate(reading: &reader)
                default: try reader.skipValue()
                }
            }
            self.init(site: try site.required("site"), date: try date.required("date"))
        }
    }
}
