import Foundation

/// Which visit or kennel inspection was where and when: what `status`, `compliance` and the report need of every
/// visit, and what the check for a visit typed in twice needs. The store reads it without the rest of each record.
public struct VisitPlace: Sendable, Equatable {
    public let visit: VisitReference
    public let site: String
    public let date: LocalDate
    public let arrived: TimeOfDay

    public init(visit: VisitReference, site: String, date: LocalDate, arrived: TimeOfDay) {
        self.visit = visit
        self.site = site
        self.date = date
        self.arrived = arrived
    }
}

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
    public var place: VisitPlace { VisitPlace(visit: reference, site: site, date: date, arrived: times.arrived) }
}
