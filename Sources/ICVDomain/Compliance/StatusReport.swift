import Foundation

/// The coordinator's Monday answer, in the JSON shape of `icv status --json`.
public struct StatusReport: Encodable, Sendable, Equatable {
    /// Where one site stands in the period that holds the date.
    public struct SiteStatus: Encodable, Sendable, Equatable {
        public let site: String
        public let siteId: String
        public let kind: Site.Kind
        /// The target in force on the date; nil for an occasional site outside any rule.
        public let target: Target?
        public let period: Period
        /// Closed on every day of the period, so nothing is due.
        public let closedAllPeriod: Bool
        /// The closure in force on the date, if any.
        public let closedUntil: LocalDate?
        public let closedToday: Bool
        /// Visits so far that count towards the period (for a fortnight target, this week and the week before).
        public let visits: Int
        /// Visits still needed to meet the target; nil when nothing is due.
        public let stillNeeded: Int?
        /// Days left in the period, the date included.
        public let daysLeft: Int
        public let lastVisit: LocalDate?
        public let daysSinceLastVisit: Int?
    }

    /// A request or issue still open on the date.
    public struct OpenItem: Encodable, Sendable, Equatable {
        public let id: String
        public let visit: String
        public let site: String
        public let category: String
        public let raised: LocalDate
        public let daysOpen: Int

        public init(id: String, visit: String, site: String, category: String, raised: LocalDate, daysOpen: Int) {
            self.id = id
            self.visit = visit
            self.site = site
            self.category = category
            self.raised = raised
            self.daysOpen = daysOpen
        }
    }

    public struct VettingDue: Encodable, Sendable, Equatable {
        public let volunteer: VolunteerID
        public let name: String
        public let expires: LocalDate
        /// Negative once it has expired.
        public let daysLeft: Int
    }

    public struct ProbationDue: Encodable, Sendable, Equatable {
        public let volunteer: VolunteerID
        public let name: String
        public let since: LocalDate
        public let sixMonthsOn: LocalDate
    }

    public let date: LocalDate
    public let sites: [SiteStatus]
    public let openRequests: [OpenItem]
    public let openIssues: [OpenItem]
    public let vetting: [VettingDue]
    public let probation: [ProbationDue]

    public init(date: LocalDate, sites: [SiteStatus], openRequests: [OpenItem], openIssues: [OpenItem], vetting: [VettingDue],
                probation: [ProbationDue]) {
        self.date = date
        self.sites = sites
        self.openRequests = openRequests
        self.openIssues = openIssues
        self.vetting = vetting
        self.probation = probation
    }
}
