import Foundation

/// Works out the status report from the records, as of a date.
public enum StatusCalculator {
    /// Requests and issues open longer than this are listed.
    public static let followUpDays = 14
    /// Vetting that expires within this many days is listed.
    public static let vettingWarningDays = 60
    public static let probationMonths = 6

    public static func siteStatus(_ site: Site, visitDates: [LocalDate], on date: LocalDate) -> StatusReport.SiteStatus {
        let period = site.isJudgedWeekly ? Period.week(containing: date) : Period.month(containing: date)
        let target = site.target(on: period.start)
        let counted = target?.period == .fortnight ? period.start.adding(days: -7) : period.start
        let visits = visitDates.filter { $0 >= counted && $0 <= date }.count
        let closedAllPeriod = period.days.allSatisfy { site.closure(on: $0) != nil }
        let notYetInScheme = site.opened.map { period.start < $0 } ?? false
        let closure = site.closure(on: date)
        let last = visitDates.filter { $0 <= date }.max()
        return StatusReport.SiteStatus(
            site: site.name, siteId: site.id, kind: site.kind, target: target, period: period, closedAllPeriod: closedAllPeriod,
            closedUntil: closure?.to, closedToday: closure != nil, visits: visits,
            stillNeeded: closedAllPeriod || notYetInScheme ? nil : target.map { max(0, $0.visits - visits) },
            daysLeft: date.days(until: period.end) + 1, lastVisit: last, daysSinceLastVisit: last?.days(until: date))
    }

    /// How many days a request or issue raised on `raised` and closed on `closedOn` (nil: still open) had been open on
    /// the date, when `status` lists it: still open then, and raised more than the follow-up days before.
    public static func daysToChase(raised: LocalDate, closedOn: LocalDate?, on date: LocalDate) -> Int? {
        guard raised <= date, closedOn.map({ $0 > date }) ?? true else { return nil }
        let age = raised.days(until: date)
        return age > followUpDays ? age : nil
    }

    /// Whether `status` could list it on some date: one closed within the follow-up days of being raised never is.
    public static func mayEverBeChased(raised: LocalDate, closedOn: LocalDate?) -> Bool {
        closedOn.map { raised.days(until: $0) > followUpDays } ?? true
    }

    /// Volunteers still serving whose clearance in force on the date expires within the warning days, or has expired: a
    /// past date is judged by the clearance in force then, not by a renewal cleared since.
    public static func vettingDue(_ volunteers: [Volunteer], on date: LocalDate) -> [StatusReport.VettingDue] {
        volunteers.compactMap { volunteer -> StatusReport.VettingDue? in
            guard let vetting = volunteer.vetting(on: date), let status = volunteer.status(on: date), status != .left else { return nil }
            let daysLeft = date.days(until: vetting.expires)
            guard daysLeft <= vettingWarningDays else { return nil }
            return StatusReport.VettingDue(volunteer: volunteer.id, name: volunteer.name, expires: vetting.expires, daysLeft: daysLeft)
        }.sorted { ($0.expires, $0.volunteer) < ($1.expires, $1.volunteer) }
    }

    public static func probationDue(_ volunteers: [Volunteer], on date: LocalDate) -> [StatusReport.ProbationDue] {
        volunteers.compactMap { volunteer -> StatusReport.ProbationDue? in
            guard volunteer.status(on: date) == .probation,
                  let since = volunteer.statusHistory.last(where: { $0.from <= date })?.from else { return nil }
            let due = since.adding(months: probationMonths)
            guard due <= date else { return nil }
            return StatusReport.ProbationDue(volunteer: volunteer.id, name: volunteer.name, since: since, sixMonthsOn: due)
        }
    }
}
