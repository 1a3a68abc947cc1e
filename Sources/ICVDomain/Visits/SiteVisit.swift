import Foundation

/// A visit by a pair to a site: what custody visits and kennel inspections are checked for alike.
public protocol SiteVisit: NumberedRecord {
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
    public var reference: VisitReference { .custody(id) }
}

extension KennelInspection: SiteVisit {
    public var delayReason: String? { nil }
    public var reference: VisitReference { .kennel(id) }
}

extension SiteVisit {
    public var place: VisitPlace {
        VisitPlace(visit: reference, site: site, date: date, arrived: times.arrived, left: times.left, visitors: visitors)
    }
}
