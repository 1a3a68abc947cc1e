import Foundation

/// The rules every custody visit and kennel inspection must pass before it is recorded (SPEC: "Rules that a visit must pass").
public enum VisitRules {
    /// Longest visit accepted; anything longer is surely a typing mistake.
    public static let longestVisitMinutes = 12 * 60
    /// Admission later than this after arrival must be explained.
    public static let allowedAdmissionDelayMinutes = 10

    /// The site is of the right kind, has joined the scheme and is not closed on the date.
    public static func checkSite(_ site: Site, accepts kind: Site.Kind, on date: LocalDate) throws(ValidationError) {
        guard site.kind == kind else {
            let command = kind == .custodySuite ? "icv kennel log" : "icv visit log"
            throw .rule("\(site.name) is \(site.kind.withArticle), not \(kind.withArticle). Log visits to it with `\(command)`.")
        }
        if let opened = site.opened, date < opened {
            throw .rule("\(site.name) joined the scheme on \(opened.prose), after \(date.prose); no visit can be logged before a site joined. Check the date and the site.")
        }
        if let closure = site.closure(on: date) {
            let until = closure.to.map { " to \($0.prose)" } ?? " on"
            let reason = closure.reason.map { " (\($0))" } ?? ""
            throw .rule("\(site.name) is closed from \(closure.from.prose)\(until)\(reason), so no visit can be logged on \(date.prose). Check the date and the site.")
        }
    }

    /// The date is not after today in the scheme's time zone; `advice` says what to do instead.
    public static func checkNotFuture(_ date: LocalDate, today: LocalDate,
                                      advice: String = "Log a visit once it has happened.") throws(ValidationError) {
        guard date <= today else {
            throw .rule("\(date.prose) is in the future (today is \(today.prose)). \(advice)")
        }
    }

    /// At least two distinct visitors, each a member of the scheme whose status on the date lets them visit.
    /// Returns a warning for each visitor whose vetting had expired by the date.
    public static func checkVisitors(_ visitors: [Volunteer], scheme: SchemeKind, on date: LocalDate,
                                     form: EntryForm = .flags) throws(ValidationError) -> [String] {
        var seen = Set<VolunteerID>()
        for visitor in visitors where !seen.insert(visitor.id).inserted {
            throw .rule("\(visitor.name) (\(visitor.id)) is named twice. Visits are made in pairs: give two different visitors.")
        }
        guard visitors.count >= 2 else {
            throw .rule("Visits are made in pairs: give at least two visitors \(form.place("visitors")), separated by \(form.separatorName).")
        }
        for visitor in visitors {
            guard visitor.isMember(of: scheme) else {
                throw .rule("\(visitor.name) (\(visitor.id)) is not a member of \(scheme.membership). Add them with `icv volunteer update \(visitor.id) --scheme \(scheme.rawValue)`, or check the visitors.")
            }
            guard let status = visitor.status(on: date) else {
                throw .rule("\(visitor.name) (\(visitor.id)) had not joined on \(date.prose) (joined \(visitor.joined.prose)). Check the date and the visitors.")
            }
            guard status.mayVisit else {
                guard status != .left else {
                    throw .rule("\(visitor.name) (\(visitor.id)) had left the scheme by \(date.prose), and only active volunteers and probationers may visit. Check the date and the visitors.")
                }
                let since = visitor.statusHistory.last { $0.from <= date }?.from ?? date
                throw .rule("\(visitor.name) (\(visitor.id)) was \(status.rawValue) from \(since.prose), so could not visit on \(date.prose): only active volunteers and probationers may visit. Check the date and the visitors.")
            }
        }
        return visitors.filter { $0.vettingExpired(on: date) }.map { vettingWarning($0, before: "this visit") }
    }

    /// `Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit. Renew it with …`
    public static func vettingWarning(_ visitor: Volunteer, before visits: String) -> String {
        "\(visitor.name) (\(visitor.id))'s vetting expired on \(visitor.vetting?.expires.prose ?? ""), before \(visits). Renew it with `icv volunteer update \(visitor.id) --vetting-cleared DATE --vetting-expires DATE`."
    }

    /// `left` after `arrived` (earlier means past midnight), at most 12 hours, admission between them and explained when late.
    public static func checkTimes(_ times: VisitTimes, delayReason: String?, form: EntryForm = .flags) throws(ValidationError) {
        let length = times.minutes
        guard length > 0 else {
            throw .rule("The visit left at \(times.left), the same time it arrived. \(form.check("arrived", "left"))")
        }
        guard length <= longestVisitMinutes else {
            let hours = Double(length) / 60
            throw .rule("A visit from \(times.arrived) to \(times.left) would last \(String(format: "%.1f", hours)) hours; visits over 12 hours are not accepted. \(form.check("arrived", "left").dropLast()) (a \(form.name("left")) earlier than \(form.name("arrived")) means the visit ran past midnight).")
        }
        guard let admitted = times.admitted else { return }
        let wait = times.arrived.minutes(until: admitted)
        guard wait <= length else {
            throw .rule("Admitted at \(admitted) is not between arrival at \(times.arrived) and leaving at \(times.left). \(form.check("admitted"))")
        }
        if wait > allowedAdmissionDelayMinutes && (delayReason ?? "").isEmpty {
            let explain = form == .flags ? "add --delay-reason TEXT" : "give the reason in the delay_reason column"
            throw .rule("The visitors waited \(wait) minutes to be admitted (arrived \(times.arrived), admitted \(admitted)). A delay over \(allowedAdmissionDelayMinutes) minutes must be explained: \(explain).")
        }
    }

    /// `spokenTo ≤ offered ≤ inCustody − notAvailable`, all at least zero.
    public static func checkCounts(_ counts: DetaineeCounts, form: EntryForm = .flags) throws(ValidationError) {
        let named = [("in-custody", counts.inCustody), ("not-available", counts.notAvailable),
                     ("offered", counts.offered), ("spoken-to", counts.spokenTo)]
        for (field, value) in named where value < 0 {
            throw .rule("\(form.name(field)) is \(value); counts cannot be negative.")
        }
        let available = counts.inCustody - counts.notAvailable
        guard available >= 0 else {
            throw .rule("\(counts.notAvailable) not available is more than the \(counts.inCustody) in custody. \(form.check("in-custody", "not-available"))")
        }
        guard counts.offered <= available else {
            throw .rule("\(counts.offered) offered a visit is more than the \(available) available (\(counts.inCustody) in custody, \(counts.notAvailable) not available). \(form.check("offered", "in-custody", "not-available"))")
        }
        guard counts.spokenTo <= counts.offered else {
            throw .rule("\(counts.spokenTo) spoken to is more than the \(counts.offered) offered a visit. \(form.check("spoken-to", "offered"))")
        }
    }

    /// A visit to the same site on the same date at the same arrival time is probably typed in twice. `existing` names
    /// the visit already recorded (`CV3`), or for an imported file the earlier row (`The row on line 4`).
    public static func checkNotDuplicate(existing: String?, site: Site, date: LocalDate, arrived: TimeOfDay,
                                         form: EntryForm = .flags) throws(ValidationError) {
        guard let existing else { return }
        let advice = form == .flags
            ? "add --allow-duplicate; otherwise see `icv visit show \(existing)`"
            : "import the file with --allow-duplicate; otherwise take this row out"
        throw .rule("\(existing) already records a visit to \(site.name) on \(date.prose) arriving at \(arrived). If this really is another visit, \(advice).")
    }
}
