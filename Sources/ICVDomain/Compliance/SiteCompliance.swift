import Foundation

/// A site's compliance with its visiting target over a range, in the JSON shape of `icv compliance --json`.
public struct SiteCompliance: Encodable, Sendable, Equatable {
    public let site: String
    public let siteId: String
    public let kind: Site.Kind
    public let visits: Int
    public let periods: [PeriodOutcome]
    public let longestMissedRun: Int
    public let longestGapDays: Int

    public var periodsDue: Int { periods.filter { $0.state == .met || $0.state == .missed }.count }
    public var periodsMet: Int { periods.filter { $0.state == .met }.count }
    public var periodsClosed: Int { periods.filter { $0.state == .closed }.count }
    public var missed: [Period] { periods.filter { $0.state == .missed }.map(\.period) }

    /// Missed periods with consecutive ones joined: each run's first and last day, and how many periods it holds.
    public var missedRuns: [(span: Period, count: Int)] {
        var runs: [(span: Period, count: Int)] = []
        for period in missed {
            if let last = runs.last, last.span.end.adding(days: 1) == period.start {
                runs[runs.count - 1] = (Period(start: last.span.start, end: period.end), last.count + 1)
            } else {
                runs.append((period, 1))
            }
        }
        return runs
    }

    /// The due periods missed in a row from the start of the range, before any was met; periods not due are passed over.
    public var missedFromStart: Int {
        var count = 0
        for outcome in periods {
            switch outcome.state {
            case .missed: count += 1
            case .met, .pending: return count
            case .closed, .noTarget: continue
            }
        }
        return count
    }

    /// What the site's periods are: `week` (for weekly and fortnightly targets) or `month`.
    public var periodUnit: String {
        periods.first.map { $0.period.start.adding(days: 6) == $0.period.end ? "week" : "month" } ?? "week"
    }

    /// Met ÷ due, to 4 decimal places; nil when nothing was due.
    public var compliance: Double? {
        guard periodsDue > 0 else { return nil }
        return (Double(periodsMet) / Double(periodsDue)).rounded(toPlaces: 4)
    }

    private enum CodingKeys: String, CodingKey {
        case site, siteId, kind, visits, periodsDue, periodsMet, periodsClosed, compliance, longestMissedRun
        case longestGapDays, missed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(site, forKey: .site)
        try container.encode(siteId, forKey: .siteId)
        try container.encode(kind, forKey: .kind)
        try container.encode(visits, forKey: .visits)
        try container.encode(periodsDue, forKey: .periodsDue)
        try container.encode(periodsMet, forKey: .periodsMet)
        try container.encode(periodsClosed, forKey: .periodsClosed)
        try container.encode(compliance, forKey: .compliance)
        try container.encode(longestMissedRun, forKey: .longestMissedRun)
        try container.encode(longestGapDays, forKey: .longestGapDays)
        try container.encode(missed, forKey: .missed)
    }
}
