import Foundation
import ICVDomain
import ICVStorage

/// What `visit log`, `kennel log` and `import visits` share: the site, date, times and pair, checked by the same rules.
struct VisitEntry {
    let site: Site
    let date: LocalDate
    let times: VisitTimes
    let visitors: [Volunteer]
    /// Expired vetting: accepted, but said on stderr.
    let warnings: [String]

    /// What every entry is checked against: the sites, the register, today, and whether a likely duplicate is let through.
    struct Context {
        let scheme: Scheme
        let volunteers: [Volunteer]
        let today: LocalDate
        let allowDuplicate: Bool

        init(scheme: Scheme, volunteers: [Volunteer], today: LocalDate, allowDuplicate: Bool) {
            self.scheme = scheme
            self.volunteers = volunteers
            self.today = today
            self.allowDuplicate = allowDuplicate
        }

        /// The folder's scheme and register (without activities, which no rule needs), today, and `--allow-duplicate`.
        init(_ invocation: Invocation) throws {
            self.init(scheme: try invocation.ledger.scheme(), volunteers: try invocation.ledger.volunteers(),
                      today: try invocation.today(), allowDuplicate: invocation.arguments.has("allow-duplicate"))
        }
    }

    /// Names a visit already recorded at this site, date and arrival time (`CV3`), or nil when there is none.
    typealias ExistingArrival = (Site, LocalDate, TimeOfDay) throws -> String?

    /// The flags both commands take for the site, date, times and visitors.
    static func options(siteHelp: String) -> [OptionSpec] {
        [
            .value("site", "SITE", siteHelp, required: true),
            .value("date", "DATE", "The day of the visit (the day they arrived).", required: true),
            .value("arrived", "HH:MM", "When the pair arrived.", required: true),
            .value("left", "HH:MM", "When they left; earlier than --arrived means the visit ran past midnight.", required: true),
            .value("visitors", "VOL,VOL", "The visitors, by id or full name, separated by commas (at least two).", required: true),
        ]
    }

    static let duplicateOption = OptionSpec.flag("allow-duplicate", "Log it even though a visit with the same site, date and arrival time exists.")

    /// Reads the shared part from flags or columns, then checks it.
    static func read(_ values: some NamedValues, kind: Site.Kind, delayReason: String?, context: Context,
                     existingArrival: ExistingArrival) throws -> VisitEntry {
        let form = values.form
        let site = try values.required("site") { values.string($0) }
        let date = try values.required("date") { try values.date($0) }
        let times = VisitTimes(arrived: try values.required("arrived") { try values.time($0) },
                               left: try values.required("left") { try values.time($0) },
                               admitted: try values.time("admitted"))
        let visitors = try values.required("visitors") { values.string($0) }
            .split(separator: form.separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return try check(site: site, date: date, times: times, visitors: visitors, kind: kind, delayReason: delayReason,
                         form: form, context: context, existingArrival: existingArrival)
    }

    /// Every rule of the shared part, on plain values: the site and visitors as typed (an id or a name).
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
            return VisitEntry(site: site, date: date, times: times, visitors: visitors,
                              warnings: expired.map { VisitViolation.vettingWarning($0, before: "this visit") })
        } catch let violation as VisitViolation {
            throw ValidationError(violation, form)
        }
    }

    /// `Euston Street, Fri 2 May 2014, 19:40–21:05, Ann Ray and Ben Oke`.
    var summary: String {
        "\(site.name), \(date.proseWithWeekday), \(times.span), \(Prose.list(visitors.map(\.name)))"
    }
}
