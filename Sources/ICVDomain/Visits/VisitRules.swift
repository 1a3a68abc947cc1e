import Foundation

/// The rules every custody visit and kennel inspection must pass before it is recorded (SPEC: "Rules that a visit must
/// pass"). Each throws the `VisitViolation` it finds; `visit log`, `kennel log`, `import` and `check` all call them.
public enum VisitRules {
    /// Longest visit accepted; anything longer is surely a typing mistake.
    public static let longestVisitMinutes = 12 * 60
    /// Admission later than this after arrival must be explained.
    public static let allowedAdmissionDelayMinutes = 10

    /// The site is of the right kind, has joined the scheme and is not closed on the date.
    public static func checkSite(_ site: Site, accepts kind: Site.Kind, on date: LocalDate) throws(VisitViolation) {
        guard site.kind == kind else { throw .wrongSiteKind(site, expected: kind) }
        if let opened = site.opened, date < opened { throw .siteNotYetInScheme(site, opened: opened, date: date) }
        if let closure = site.closure(on: date) { throw .siteClosed(site, closure, date: date) }
    }

    /// The date is not after today in the scheme's time zone.
    public static func checkNotFuture(_ date: LocalDate, today: LocalDate) throws(VisitViolation) {
        guard date <= today else { throw .dateInFuture(date, today: today) }
    }

    /// The visit has begun: its date is not after today, nor, when it is today, its arrival later than `now`, the time
    /// of day on the scheme's clock.
    public static func checkHasBegun(_ date: LocalDate, arrived: TimeOfDay, today: LocalDate, now: TimeOfDay) throws(VisitViolation) {
        try checkNotFuture(date, today: today)
        guard date < today || arrived <= now else { throw .arrivalInFuture(date, arrived: arrived, now: now) }
    }

    /// A visitor whose clearance in force on the visit's date had expired by then, with that clearance.
    public struct ExpiredVetting: Sendable, Equatable {
        public let visitor: Volunteer
        public let clearance: Volunteer.Vetting
    }

    /// At least two distinct visitors, each a member of the scheme whose status on the date lets them visit. Returns the
    /// visitors whose vetting had expired by the date: they are accepted, with a warning.
    public static func checkVisitors(_ visitors: [Volunteer], scheme: SchemeKind, on date: LocalDate) throws(VisitViolation) -> [ExpiredVetting] {
        var seen = Set<VolunteerID>()
        for visitor in visitors where !seen.insert(visitor.id).inserted {
            throw .visitorNamedTwice(visitor)
        }
        guard visitors.count >= 2 else { throw .fewerThanTwoVisitors }
        for visitor in visitors {
            guard visitor.isMember(of: scheme) else { throw .visitorNotMember(visitor, scheme: scheme) }
            guard let status = visitor.status(on: date) else { throw .visitorNotYetJoined(visitor, date: date) }
            guard status.mayVisit else {
                guard status != .left else { throw .visitorHadLeft(visitor, date: date) }
                let since = visitor.statusHistory.last { $0.from <= date }?.from ?? date
                throw .visitorMayNotVisit(visitor, status: status, since: since, date: date)
            }
        }
        return visitors.compactMap { visitor in visitor.expiredVetting(on: date).map { ExpiredVetting(visitor: visitor, clearance: $0) } }
    }

    /// `left` after `arrived` (earlier means past midnight), at most 12 hours, admission between them and explained when late.
    public static func checkTimes(_ times: VisitTimes, delayReason: String?) throws(VisitViolation) {
        let length = times.minutes
        guard length > 0 else { throw .leftWhenArrived(times) }
        guard length <= longestVisitMinutes else { throw .visitTooLong(times) }
        guard let admitted = times.admitted else { return }
        let wait = times.arrived.minutes(until: admitted)
        guard wait <= length else { throw .admittedOutsideVisit(times, admitted: admitted) }
        if wait > allowedAdmissionDelayMinutes && (delayReason ?? "").isEmpty {
            throw .admissionDelayUnexplained(times, admitted: admitted, minutes: wait)
        }
    }

    /// `spokenTo ≤ offered ≤ inCustody − notAvailable`, all from 0 to 9,999.
    public static func checkCounts(_ counts: DetaineeCounts) throws(VisitViolation) {
        let named: [(DetaineeCounts.Field, Int)] = [(.inCustody, counts.inCustody), (.notAvailable, counts.notAvailable),
                                                    (.offered, counts.offered), (.spokenTo, counts.spokenTo)]
        for (field, value) in named where value < 0 {
            throw .negativeCount(field, value)
        }
        for (field, value) in named where value > Bounds.count.upperBound {
            throw .countTooLarge(field, value)
        }
        guard counts.inCustody - counts.notAvailable >= 0 else { throw .notAvailableExceedsInCustody(counts) }
        guard counts.offered <= counts.inCustody - counts.notAvailable else { throw .offeredExceedsAvailable(counts) }
        guard counts.spokenTo <= counts.offered else { throw .spokenToExceedsOffered(counts) }
    }

    /// Requests come from detainees spoken to: a visit where nobody was spoken to takes none.
    public static func checkRequests(_ count: Int, spokenTo: Int) throws(VisitViolation) {
        guard count == 0 || spokenTo > 0 else { throw .requestsWithoutDetaineesSpokenTo(count) }
    }

    /// Two visits at one site that overlap in time are probably one typed in twice. `others` are visits recorded
    /// near it (`VisitsByDay.overlapping` gives the ones that overlap), this one not among them.
    public static func checkNotDuplicate(at site: Site, _ span: VisitSpan, among others: [NamedVisit]) throws(VisitViolation) {
        if let same = others.first(where: { $0.place.site == site.id && $0.place.span.overlaps(span) }) {
            throw .likelyDuplicate(same, site)
        }
    }

    /// One person, one place: no visitor is on another visit (custody or kennel) that overlaps this one in time.
    public static func checkVisitorsFree(_ visitors: [Volunteer], _ span: VisitSpan, among others: [NamedVisit]) throws(VisitViolation) {
        for visitor in visitors {
            if let elsewhere = others.first(where: { $0.place.visitors.contains(visitor.id) && $0.place.span.overlaps(span) }) {
                throw .visitorElsewhere(visitor, elsewhere)
            }
        }
    }
}
