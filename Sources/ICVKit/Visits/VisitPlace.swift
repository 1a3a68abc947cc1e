import Foundation

/// Which visit or kennel inspection was where and when, read from its record without the rest of it (see
/// `Ledger.parts`): what `status`, `compliance` and the report need of every visit, and what the check for a visit
/// typed in twice needs.
package struct VisitPlace {
    package let visit: VisitReference
    package let site: String
    package let date: LocalDate
    package let arrived: TimeOfDay

    init(visit: VisitReference, site: String, date: LocalDate, arrived: TimeOfDay) {
        self.visit = visit
        self.site = site
        self.date = date
        self.arrived = arrived
    }

    /// The places of a year's custody visits or kennel inspections.
    static func all<Record: SiteVisit & StoredRecord>(_ kind: YearKind<Record>, in year: FinancialYear, of ledger: Ledger) throws
        -> [VisitPlace] where Record.Part == VisitPlace {
        try ledger.parts(kind, in: year)
    }

    /// The places of a year's custody visits and kennel inspections together.
    static func all(in year: FinancialYear, of ledger: Ledger) throws -> [VisitPlace] {
        try all(.visits, in: year, of: ledger) + all(.kennelInspections, in: year, of: ledger)
    }

    /// The id of the visit or inspection already recorded at the site on the date arriving at that time, if any.
    static func existing<Record: SiteVisit & StoredRecord>(_ kind: YearKind<Record>, in ledger: Ledger, site: Site, date: LocalDate,
                                                           arrived: TimeOfDay) throws -> String? where Record.Part == VisitPlace {
        try all(kind, in: date.financialYear, of: ledger).first { $0.site == site.id && $0.date == date && $0.arrived == arrived }?
            .visit.description
    }
}

/// A visit by a pair to a site: what custody visits and kennel inspections are checked for alike.
protocol SiteVisit: NumberedRecord {
    var site: String { get }
    var date: LocalDate { get }
    var visitors: [VolunteerID] { get }
    var times: VisitTimes { get }
    /// Why admission took more than 10 minutes; kennel inspections record no admission.
    var delayReason: String? { get }
    /// The visit's id as a reference to either kind.
    var reference: VisitReference { get }
}

extension CustodyVisit: SiteVisit {
    var reference: VisitReference { .custody(id) }
}

extension KennelInspection: SiteVisit {
    var delayReason: String? { nil }
    var reference: VisitReference { .kennel(id) }
}

extension SiteVisit {
    var place: VisitPlace { VisitPlace(visit: reference, site: site, date: date, arrived: times.arrived) }
}
