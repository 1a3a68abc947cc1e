import Foundation
import ICVDomain
import ICVStorage

/// What `visit log`, `kennel log` and `import visits` share: the site, date, times and pair, checked by the same rules.
struct VisitEntry {
    let site: Site
    let date: LocalDate
    let times: VisitTimes
    let visitors: [Volunteer]
    /// Visitors whose vetting had expired by the date: accepted, but said on stderr.
    let expiredVetting: [VisitRules.ExpiredVetting]

    var warnings: [String] {
        expiredVetting.map { VisitViolation.vettingWarning($0, before: "this visit") }
    }

    /// What every entry is checked against: the sites, the register, the scheme's clock, and whether a likely duplicate
    /// is let through.
    struct Context {
        let scheme: Scheme
        let volunteers: [Volunteer]
        let clock: Clock
        let allowDuplicate: Bool

        /// The folder's scheme and register (without hours, which no rule needs), and the time now.
        init(_ context: CommandContext, allowDuplicate: Bool) throws {
            scheme = try context.ledger.scheme()
            volunteers = try context.ledger.volunteers()
            clock = try context.ledger.clock(at: context.now)
            self.allowDuplicate = allowDuplicate
        }

        /// Recorded visits under their ids, each with its site's name.
        func named(_ places: [VisitPlace]) -> [NamedVisit] {
            let names = Dictionary(firstOf: scheme.sites.map { ($0.id, $0.name) })
            return places.map { NamedVisit(name: $0.visit.description, siteName: names[$0.site] ?? $0.site, place: $0) }
        }

        /// The custody visits and kennel inspections recorded in the folder that overlap a span.
        func overlapping(_ span: VisitSpan, in ledger: Ledger) throws -> [NamedVisit] {
            VisitsByDay(named(try ledger.places(around: span.date))).overlapping(span)
        }
    }

    /// The visits already recorded that overlap a new visit's span: what it may clash with.
    typealias VisitsOverlapping = (VisitSpan) throws -> [NamedVisit]

    /// Every rule of the shared part, on the values as typed (the site and visitors by id or name); a broken rule is
    /// said naming the flags or the columns (`form`) the values came from.
    static func check(site siteName: String, date: LocalDate, times: VisitTimes, visitors visitorNames: [String],
                      kind: Site.Kind, delayReason: String?, form: EntryForm, context: Context,
                      visitsOverlapping: VisitsOverlapping) throws -> VisitEntry {
        let site = try Lookup.site(siteName, in: context.scheme)
        do {
            try VisitRules.checkHasBegun(date, arrived: times.arrived, today: context.clock.today, now: context.clock.timeOfDay)
            try VisitRules.checkSite(site, accepts: kind, on: date)
            let visitors = try visitorNames.map { try Lookup.volunteer($0, in: context.volunteers) }
            let expired = try VisitRules.checkVisitors(visitors, scheme: kind.scheme, on: date)
            try VisitRules.checkTimes(times, delayReason: delayReason)
            let span = VisitSpan(date: date, times: times)
            let others = try visitsOverlapping(span)
            if !context.allowDuplicate {
                try VisitRules.checkNotDuplicate(at: site, span, among: others)
            }
            try VisitRules.checkVisitorsFree(visitors, span, among: others)
            return VisitEntry(site: site, date: date, times: times, visitors: visitors, expiredVetting: expired)
        } catch let violation as VisitViolation {
            throw ValidationError(violation, form)
        }
    }

    /// `Euston Street, Fri 2 May 2014, 19:40–21:05, Ann Ray and Ben Oke`.
    var summary: String {
        "\(site.name), \(date.proseWithWeekday), \(times.span), \(Prose.list(visitors.map(\.name)))"
    }
}
