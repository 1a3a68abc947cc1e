import Foundation

/// The figures of a financial year for the annual report and the assurance board, in the JSON shape of `icv report annual --json`.
public struct AnnualReport: Encodable, Sendable, Equatable {
    public struct SiteVisits: Encodable, Sendable, Equatable {
        public let site: String
        public let visits: Int
    }

    public struct VisitsBySite: Encodable, Sendable, Equatable {
        public let total: Int
        public let bySite: [SiteVisits]
        /// Per site, visits in each month of the year, April first.
        public let byMonth: [MonthlyVisits]
    }

    public struct MonthlyVisits: Encodable, Sendable, Equatable {
        public let site: String
        public let months: [Int]
    }

    public struct Detainees: Encodable, Sendable, Equatable {
        public let inCustody: Int
        public let offered: Int
        public let spokenTo: Int
        public let declined: Int
        /// spokenTo ÷ offered to 4 decimal places; nil when nobody was offered a visit.
        public let spokenToRate: Double?

        private enum CodingKeys: String, CodingKey {
            case inCustody, offered, spokenTo, declined, spokenToRate
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(inCustody, forKey: .inCustody)
            try container.encode(offered, forKey: .offered)
            try container.encode(spokenTo, forKey: .spokenTo)
            try container.encode(declined, forKey: .declined)
            try container.encode(spokenToRate, forKey: .spokenToRate)
        }
    }

    /// Counts by category (only categories with a record), and how many were still open at the year end (or today).
    public struct Tally: Encodable, Sendable, Equatable {
        public let total: Int
        public let byCategory: [String: Int]
        public let open: Int
    }

    /// The Animal Welfare Scheme's visits, counted as custody visits are, and the issues raised on them; in JSON the
    /// visits' fields with `issues` beside them.
    public struct KennelInspections: Encodable, Sendable, Equatable {
        public let visits: VisitsBySite
        public let issues: Tally

        private enum CodingKeys: String, CodingKey {
            case issues
        }

        public func encode(to encoder: Encoder) throws {
            try visits.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(issues, forKey: .issues)
        }
    }

    public struct LongService: Encodable, Sendable, Equatable {
        public let volunteer: VolunteerID
        public let name: String
        public let years: Int
    }

    public struct Volunteers: Encodable, Sendable, Equatable {
        public let icvActiveAtYearEnd: Int
        public let awsActiveAtYearEnd: Int
        public let joined: Int
        public let left: Int
        public let longService: [LongService]
    }

    public struct Hours: Encodable, Sendable, Equatable {
        public let visits: Double
        public let training: Double
        public let meetings: Double
        public let other: Double
        public let total: Double
    }

    public struct SlotCoverage: Encodable, Sendable, Equatable {
        public let site: String
        public let slotsCovered: Int
        public let slots: Int
        /// Visits per slot: a row per weekday (Monday first), a column per time band (night first).
        public let grid: [[Int]]
    }

    public struct VisitTiming: Encodable, Sendable, Equatable {
        public let byWeekday: [String: Int]
        public let byTimeBand: [String: Int]
        public let slotCoverage: [SlotCoverage]
    }

    public let financialYear: String
    public let from: LocalDate
    public let to: LocalDate
    /// The day the figures "at the end" are taken: 31 March once the year is over, else today (the year to date).
    public let asOf: LocalDate
    /// Whether the year is over; if not, it is reported to date.
    public let complete: Bool
    public let custodyVisits: VisitsBySite
    public let detainees: Detainees
    public let requests: Tally
    public let issues: Tally
    public let compliance: [SiteCompliance]
    public let volunteers: Volunteers
    public let hours: Hours
    public let kennelInspections: KennelInspections
    public let visitTiming: VisitTiming
}
