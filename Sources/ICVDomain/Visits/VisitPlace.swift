import Foundation

/// Which visit or kennel inspection was where, when and by whom: what `status`, `compliance` and the report need of
/// every visit, and what the rules against a visit typed in twice, or a visitor in two places, need. The store reads it
/// without the rest of each record.
public struct VisitPlace: Sendable, Equatable {
    public let visit: VisitReference
    public let site: String
    public let date: LocalDate
    public let arrived: TimeOfDay
    public let left: TimeOfDay
    public let visitors: [VolunteerID]

    public init(visit: VisitReference, site: String, date: LocalDate, arrived: TimeOfDay, left: TimeOfDay,
                visitors: [VolunteerID]) {
        self.visit = visit
        self.site = site
        self.date = date
        self.arrived = arrived
        self.left = left
        self.visitors = visitors
    }

    public var span: VisitSpan { VisitSpan(date: date, times: VisitTimes(arrived: arrived, left: left, admitted: nil)) }
}
