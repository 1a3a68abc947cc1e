import Foundation

/// Where a volunteer stands on a given date.
public enum VolunteerStatus: String, CaseIterable, Sendable, Codable {
    case probation, active, suspended, left

    /// Probationers and active volunteers may visit, and count as active in reports.
    public var mayVisit: Bool { self == .probation || self == .active }
}
