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
