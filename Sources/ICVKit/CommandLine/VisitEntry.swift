import Foundation

/// What `visit log` and `kennel log` share: the site, date, times and pair, checked by the same rules.
struct VisitEntry {
    let site: Site
    let date: LocalDate
    let times: VisitTimes
    let visitors: [Volunteer]
    /// Expired vetting: accepted, but said on stderr.
    let warnings: [String]

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

    /// Reads and checks the shared part; `existingArrival` finds a visit already logged at that site, date and time.
    static func read(_ invocation: Invocation, kind: Site.Kind, delayReason: String?,
                     existingArrival: (Site, LocalDate, TimeOfDay) throws -> String?) throws -> VisitEntry {
        let arguments = invocation.arguments
        let site = try Lookup.site(try arguments.required("site") { arguments.string($0) }, in: try invocation.ledger.scheme())
        let date = try arguments.required("date") { try arguments.date($0) }
        let times = VisitTimes(arrived: try arguments.required("arrived") { try arguments.time($0) },
                               left: try arguments.required("left") { try arguments.time($0) },
                               admitted: try arguments.time("admitted"))
        try VisitRules.checkNotFuture(date, today: try invocation.today())
        try VisitRules.checkSite(site, accepts: kind, on: date)
        let volunteers = try invocation.ledger.volunteers()
        let names = try arguments.required("visitors") { arguments.string($0) }
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let visitors = try names.map { try Lookup.volunteer($0, in: volunteers) }
        let warnings = try VisitRules.checkVisitors(visitors, scheme: kind.scheme, on: date)
        try VisitRules.checkTimes(times, delayReason: delayReason)
        if !arguments.has("allow-duplicate") {
            try VisitRules.checkNotDuplicate(existing: try existingArrival(site, date, times.arrived), site: site,
                                             date: date, arrived: times.arrived)
        }
        return VisitEntry(site: site, date: date, times: times, visitors: visitors, warnings: warnings)
    }

    /// `Euston Street, Fri 2 May 2014, 19:40–21:05, Ann Ray and Ben Oke`.
    var summary: String {
        "\(site.name), \(date.proseWithWeekday), \(times.span), \(Prose.list(visitors.map(\.name)))"
    }
}
