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

    /// What every entry is checked against: the sites, the register, today, and whether a likely duplicate is let through.
    struct Context {
        let scheme: Scheme
        let volunteers: [Volunteer]
        let today: LocalDate
        let allowDuplicate: Bool

        /// The folder's scheme and register (without hours, which no rule needs), and today.
        init(_ context: CommandContext, allowDuplicate: Bool) throws {
            scheme = try context.ledger.scheme()
            volunteers = try context.ledger.volunteers()
            today = try context.today()
            self.allowDuplicate = allowDuplicate
        }
    }

    /// Names a visit already recorded at this site, date and arrival time (`CV3`), or nil when there is none.
    typealias ExistingArrival = (Site, LocalDate, TimeOfDay) throws -> String?

    /// Every rule of the shared part, on the values as typed (the site and visitors by id or name); a broken rule is
    /// said naming the flags or the columns (`form`) the values came from.
    static func check(site siteName: String, date: LocalDate, times: VisitTimes, visitors visitorNames: [String],
                      kind: Site.Kind, delayReason: String?, form: EntryForm, context: Context,
                      existingArrival: ExistingArrival) throws -> VisitEntry {
        let site = try Lookup.site(siteName, in: context.scheme)
        do {
            try VisitRules.checkNotFuture(date, today: context.today)
            try VisitRules.checkSite(site, accepts: kind, on: date)
            let visitors = try visitorNames.map { try Lookup.volunteer($0, in: context.volunteers) }
            let expired = try VisitRules.checkVisitors(visitors, scheme: kind.scheme, on: date)
            try VisitRules.checkTimes(times, delayReason: delayReason)
            if !context.allowDuplicate {
                try VisitRules.checkNotDuplicate(existing: try existingArrival(site, date, times.arrived), site: site,
                                                 date: date, arrived: times.arrived)
            }
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
