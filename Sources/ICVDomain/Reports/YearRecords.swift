import Foundation

/// Everything the annual report counts, read for one financial year.
public struct YearRecords: Sendable {
    public let scheme: Scheme
    public let volunteers: [Volunteer]
    /// The hours the volunteers gave outside visits, every year's.
    public let activities: [Activity]
    public let visits: [CustodyVisit]
    public let requests: [DetaineeRequest]
    public let issues: [Issue]
    public let kennelInspections: [KennelInspection]
    /// Visit dates per site around the year, for compliance (a period may run past 31 March, a fortnight looks back).
    public let visitDatesBySite: [String: [LocalDate]]

    public init(scheme: Scheme, volunteers: [Volunteer], activities: [Activity], visits: [CustodyVisit], requests: [DetaineeRequest],
                issues: [Issue], kennelInspections: [KennelInspection], visitDatesBySite: [String: [LocalDate]]) {
        self.scheme = scheme
        self.volunteers = volunteers
        self.activities = activities
        self.visits = visits
        self.requests = requests
        self.issues = issues
        self.kennelInspections = kennelInspections
        self.visitDatesBySite = visitDatesBySite
    }
}
