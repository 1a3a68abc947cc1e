import Foundation

/// The rules of SPEC.md's "Compliance", as pure functions of a site, its visit dates, the range and today.
public enum ComplianceCalculator {
    /// The periods of a site whose first day falls in the range: ISO weeks for week and fortnight targets, else months.
    /// Periods that start before the site joined the scheme are left out.
    public static func periods(of site: Site, from: LocalDate, to: LocalDate) -> [Period] {
        let weekly = site.isJudgedWeekly
        var period = weekly ? Period.week(containing: from) : Period.month(containing: from)
        if period.start < from {
            period = next(after: period, weekly: weekly)
        }
        var periods: [Period] = []
        while period.start <= to {
            if site.opened.map({ period.start >= $0 }) ?? true {
                periods.append(period)
            }
            period = next(after: period, weekly: weekly)
        }
        return periods
    }

    static func next(after period: Period, weekly: Bool) -> Period {
        let start = period.end.adding(days: 1)
        return weekly ? Period.week(containing: start) : Period.month(containing: start)
    }

    /// Whether the period is met, missed, closed, has no target, or is not over yet, counting the visits on any of its days.
    public static func outcome(of period: Period, site: Site, visitDates: [LocalDate], today: LocalDate) -> PeriodOutcome {
        guard let target = site.target(on: period.start) else {
            return PeriodOutcome(period: period, target: nil, state: .noTarget, visits: 0)
        }
        if period.days.allSatisfy({ site.closure(on: $0) != nil }) {
            return PeriodOutcome(period: period, target: target, state: .closed, visits: 0)
        }
        let counted = target.period == .fortnight ? Period(start: period.start.adding(days: -7), end: period.end) : period
        let visits = visitDates.filter(counted.contains).count
        let state: PeriodOutcome.State = visits >= target.visits ? .met : (period.end >= today ? .pending : .missed)
        return PeriodOutcome(period: period, target: target, state: state, visits: visits)
    }

    /// A site's compliance over a range; `visitDates` may reach outside it (visits on any day of a selected period count).
    public static func compliance(of site: Site, visitDates: [LocalDate], from: LocalDate, to: LocalDate,
                                  today: LocalDate) -> SiteCompliance {
        let outcomes = periods(of: site, from: from, to: to).map { outcome(of: $0, site: site, visitDates: visitDates, today: today) }
        let inRange = visitDates.filter { $0 >= from && $0 <= to }.sorted()
        // A site that joined the scheme inside the range has no gap before it existed.
        let start = max(from, site.opened ?? from)
        return SiteCompliance(site: site.name, siteId: site.id, kind: site.kind, visits: inRange.count, periods: outcomes,
                              longestMissedRun: longestMissedRun(outcomes),
                              longestGapDays: longestGap(visits: inRange, from: start, to: min(to, today)))
    }

    /// The most due periods missed in a row; periods that are not due neither break nor extend a run.
    static func longestMissedRun(_ outcomes: [PeriodOutcome]) -> Int {
        var longest = 0
        var run = 0
        for outcome in outcomes {
            switch outcome.state {
            case .missed:
                run += 1
                longest = max(longest, run)
            case .met:
                run = 0
            case .closed, .noTarget, .pending:
                break
            }
        }
        return longest
    }

    /// The largest difference in days between consecutive dates of: the range start, the visits, the range end (or today).
    static func longestGap(visits: [LocalDate], from: LocalDate, to: LocalDate) -> Int {
        let dates = [from] + visits.filter { $0 >= from } + [max(from, to)]
        return zip(dates, dates.dropFirst()).map { $0.days(until: $1) }.max() ?? 0
    }

    /// Every site's compliance, in name order.
    public static func report(scheme: Scheme, visitDates: [String: [LocalDate]], from: LocalDate, to: LocalDate,
                              today: LocalDate) -> ComplianceReport {
        let sites = scheme.sites.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { site in
            compliance(of: site, visitDates: visitDates[site.id] ?? [], from: from, to: to, today: today)
        }
        return ComplianceReport(from: from, to: to, sites: sites)
    }
}
