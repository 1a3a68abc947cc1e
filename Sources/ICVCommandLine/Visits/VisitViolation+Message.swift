import Foundation
import ICVDomain
import ICVStorage

extension VisitViolation {
    /// What a coordinator is told: what is wrong and how to put it right, naming the flags or the columns (`form`) the
    /// values came from. `futureAdvice` ends the message for a date in the future, and depends on what was being done.
    func message(_ form: EntryForm, futureAdvice: String = "Log a visit once it has happened.") -> String {
        switch self {
        case .wrongSiteKind(let site, let kind):
            let command = kind == .custodySuite ? "icv kennel log" : "icv visit log"
            return "\(site.name) is \(site.kind.withArticle), not \(kind.withArticle). Log visits to it with `\(command)`."
        case .siteNotYetInScheme(let site, let opened, let date):
            return "\(site.name) joined the scheme on \(opened.prose), after \(date.prose); no visit can be logged before a site joined. Check the date and the site."
        case .siteClosed(let site, let closure, let date):
            let until = closure.to.map { " to \($0.prose)" } ?? " on"
            let reason = closure.reason.map { " (\($0))" } ?? ""
            return "\(site.name) is closed from \(closure.from.prose)\(until)\(reason), so no visit can be logged on \(date.prose). Check the date and the site."
        case .dateInFuture(let date, let today):
            return "\(date.prose) is in the future (today is \(today.prose)). \(futureAdvice)"
        case .arrivalInFuture(let date, let arrived, let now):
            return "Arriving at \(arrived) on \(date.prose) is in the future (it is now \(now)). \(futureAdvice)"
        case .visitorNamedTwice(let visitor):
            return "\(visitor.name) (\(visitor.id)) is named twice. Visits are made in pairs: give two different visitors."
        case .fewerThanTwoVisitors:
            return "Visits are made in pairs: give at least two visitors \(form.place("visitors")), separated by \(form.separatorName)."
        case .visitorNotMember(let visitor, let scheme):
            return "\(visitor.name) (\(visitor.id)) is not a member of \(scheme.membership). Add them with `icv volunteer update \(visitor.id) --scheme \(scheme.rawValue)`, or check the visitors."
        case .visitorNotYetJoined(let visitor, let date):
            return "\(visitor.name) (\(visitor.id)) had not joined on \(date.prose) (joined \(visitor.joined.prose)). Check the date and the visitors."
        case .visitorHadLeft(let visitor, let date):
            return "\(visitor.name) (\(visitor.id)) had left the scheme by \(date.prose), and only active volunteers and probationers may visit. Check the date and the visitors."
        case .visitorMayNotVisit(let visitor, let status, let since, let date):
            return "\(visitor.name) (\(visitor.id)) was \(status.rawValue) from \(since.prose), so could not visit on \(date.prose): only active volunteers and probationers may visit. Check the date and the visitors."
        case .leftWhenArrived(let times):
            return "The visit left at \(times.left), the same time it arrived. \(form.check("arrived", "left"))"
        case .visitTooLong(let times):
            let hours = String(format: "%.1f", Double(times.minutes) / 60)
            return "A visit from \(times.arrived) to \(times.left) would last \(hours) hours; visits over 12 hours are not accepted. \(form.check("arrived", "left").dropLast()) (a \(form.name("left")) earlier than \(form.name("arrived")) means the visit ran past midnight)."
        case .admittedOutsideVisit(let times, let admitted):
            return "Admitted at \(admitted) is not between arrival at \(times.arrived) and leaving at \(times.left). \(form.check("admitted"))"
        case .admissionDelayUnexplained(let times, let admitted, let wait):
            let explain = form == .flags ? "add --delay-reason TEXT" : "give the reason in the delay_reason column"
            return "The visitors waited \(wait) minutes to be admitted (arrived \(times.arrived), admitted \(admitted)). A delay over \(VisitRules.allowedAdmissionDelayMinutes) minutes must be explained: \(explain)."
        case .negativeCount(let field, let value):
            return "\(form.name(field.rawValue)) is \(value); counts cannot be negative."
        case .countTooLarge(let field, let value):
            return "\(form.name(field.rawValue)) is \(value); \(Labels.countTooLarge)."
        case .notAvailableExceedsInCustody(let counts):
            return "\(counts.notAvailable) not available is more than the \(counts.inCustody) in custody. \(form.check("in-custody", "not-available"))"
        case .offeredExceedsAvailable(let counts):
            let available = counts.inCustody - counts.notAvailable
            return "\(counts.offered) offered a visit is more than the \(available) available (\(counts.inCustody) in custody, \(counts.notAvailable) not available). \(form.check("offered", "in-custody", "not-available"))"
        case .spokenToExceedsOffered(let counts):
            return "\(counts.spokenTo) spoken to is more than the \(counts.offered) offered a visit. \(form.check("spoken-to", "offered"))"
        case .requestsWithoutDetaineesSpokenTo(let count):
            return "Requests come from detainees spoken to, and nobody was spoken to on this visit, so it takes no \(count == 1 ? "request" : "requests"). \(form.check("spoken-to"))"
        case .likelyDuplicate(let other, let site):
            let see = switch other.place.visit {
            case .custody: "`icv visit show \(other.name)`"
            case .kennel: "`icv kennel list`"
            }
            let advice = form == .flags
                ? "add --allow-duplicate; otherwise see \(see)"
                : "import the file with --allow-duplicate; otherwise take this row out"
            return "This visit overlaps \(other.name) at \(site.name) on \(other.place.date.prose), \(other.place.span.times.span), so it is probably the same visit typed twice. If it really is another visit, \(advice)."
        case .visitorElsewhere(let visitor, let other):
            return "\(visitor.name) (\(visitor.id)) was on another visit at the same time: \(other.name) at \(other.siteName) on \(other.place.date.prose), \(other.place.span.times.span). One person cannot be in two places: check the visitors, the date and the times."
        }
    }

    /// `Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit. Renew it with …`, or, when a later clearance
    /// is on record (a visit typed in late, or found by `check`), `…; it was renewed on 3 May 2015.`
    static func vettingWarning(_ expired: VisitRules.ExpiredVetting, before visits: String) -> String {
        let visitor = expired.visitor
        let lapse = "\(visitor.name) (\(visitor.id))'s vetting expired on \(expired.clearance.expires.prose), before \(visits)"
        if let renewal = visitor.vettingHistory.first(where: { $0.cleared > expired.clearance.cleared }) {
            return "\(lapse); it was renewed on \(renewal.cleared.prose)."
        }
        return "\(lapse). Renew it with `icv volunteer update \(visitor.id) --vetting-cleared DATE --vetting-expires DATE`."
    }
}

extension ValidationError {
    /// A broken visit rule as a rejection of the command, in the words `message` gives it.
    init(_ violation: VisitViolation, _ form: EntryForm = .flags, futureAdvice: String = "Log a visit once it has happened.") {
        self = .rule(violation.message(form, futureAdvice: futureAdvice))
    }
}

extension VisitRules {
    /// Refuses a date after today, ending the message with `advice`: what to do instead in this command.
    static func checkNotFuture(_ date: LocalDate, today: LocalDate, advice: String) throws(ValidationError) {
        do {
            try checkNotFuture(date, today: today)
        } catch {
            throw ValidationError(error, futureAdvice: advice)
        }
    }
}
