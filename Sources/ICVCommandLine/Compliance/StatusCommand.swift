import Foundation
import ICVDomain
import ICVStorage

/// `icv status`: the coordinator's Monday question, which suites still need this period's visit, and what to chase.
struct StatusCommand: ParsableCommand {
    /// How far back the last visit is looked for; older files are not read.
    static let lookBackMonths = 13

    static let configuration = CommandConfiguration(
        ["status"],
        summary: "Show what is due this week: visits still needed per site, and what to chase.",
        discussion: "Lists each site's target, visits so far this period, how many are still needed and the days left, and the days since the last visit; then requests and issues open for more than \(StatusCalculator.followUpDays) days, vetting that expires within \(StatusCalculator.vettingWarningDays) days or has expired, and probationers whose six months are up.",
        examples: ["icv status", "icv status --date 2015-03-02"])

    @Option(valueName: "DATE", help: "See the status as it was on this day (default: today).") var date: LocalDate?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let today = try context.today()
        let date = self.date ?? today
        try VisitRules.checkNotFuture(date, today: today, advice: "Give today or an earlier --date.")
        let scheme = try ledger.scheme()
        // First, so the open-item index takes each year's signatures before anything reads that year's files.
        let (requests, issues) = try Self.openItems(ledger, scheme: scheme, on: date)
        // The visits of this period, a fortnight's week before it included.
        try CheckScope(from: date.adding(days: -14), to: date).require(context, counting: "this status", cached: true)
        let visitDates = try ledger.recentVisitDatesBySite(sites: scheme.sites, from: date.adding(months: -Self.lookBackMonths), to: date)
        let sites = scheme.sites.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { site in
            StatusCalculator.siteStatus(site, visitDates: visitDates[site.id] ?? [], on: date)
        }
        let volunteers = try ledger.volunteers()
        let report = StatusReport(date: date, sites: sites, openRequests: requests, openIssues: issues,
                                  vetting: StatusCalculator.vettingDue(volunteers, on: date),
                                  probation: StatusCalculator.probationDue(volunteers, on: date))
        return CommandOutput(text: Self.text(report), json: report)
    }

    /// Requests and issues open on the date and raised more than 14 days before it, oldest first.
    ///
    /// They come from the open-item index (`OpenItemIndex`), which reads a year's files again only when one has changed;
    /// years starting after the date are not read at all.
    static func openItems(_ ledger: Ledger, scheme: Scheme, on date: LocalDate) throws -> ([StatusReport.OpenItem], [StatusReport.OpenItem]) {
        let names = Dictionary(firstOf: scheme.sites.map { ($0.id, $0.name) })
        var requests: [StatusReport.OpenItem] = []
        var issues: [StatusReport.OpenItem] = []
        for entry in try OpenItemIndex.entries(ledger, through: date) {
            guard let age = entry.daysOpen(on: date) else { continue }
            let item = StatusReport.OpenItem(id: entry.id, visit: entry.visit, site: names[entry.site] ?? entry.site,
                                             category: entry.category, raised: entry.raised, daysOpen: age)
            switch entry.kind {
            case .request: requests.append(item)
            case .issue: issues.append(item)
            }
        }
        return (requests.sorted { $0.daysOpen > $1.daysOpen }, issues.sorted { $0.daysOpen > $1.daysOpen })
    }

    static func text(_ report: StatusReport) -> String {
        var table = Table(["SITE", "TARGET", "THIS PERIOD", "VISITS", "STILL NEEDED", "DAYS LEFT", "LAST VISIT"], numeric: [3, 4, 5])
        for site in report.sites {
            let period = site.period.prose + (site.closedAllPeriod ? " (closed)" : "")
            let needed = site.stillNeeded.map(String.init) ?? "-"
            var last = site.lastVisit.map { "\($0.prose) (\(ago(site.daysSinceLastVisit ?? 0)))" }
                ?? "no visit in the last \(lookBackMonths) months"
            if site.closedToday {
                last += site.closedUntil.map { "; closed until \($0.prose)" } ?? "; closed"
            }
            table.add([site.site, site.target?.description ?? "occasional", period, String(site.visits), needed,
                       String(site.daysLeft), last])
        }
        var lines = ["Status on \(report.date.weekday.rawValue) \(report.date.prose)", "", table.rendered]
        let short = report.sites.filter { ($0.stillNeeded ?? 0) > 0 }
        lines.append("")
        lines.append(short.isEmpty
            ? "Every site has had the visits its target asks for this period."
            : "Still to visit: " + Prose.list(short.map { "\($0.site) (\($0.stillNeeded ?? 0) in \(Prose.count($0.daysLeft, "day")))" }) + ".")

        for (kind, items) in [("Requests", report.openRequests), ("Issues", report.openIssues)] {
            lines += section("\(kind) open for more than \(StatusCalculator.followUpDays) days", items.isEmpty ? nil : {
                var table = Table(["ID", "VISIT", "SITE", "CATEGORY", "RAISED", "DAYS OPEN"], numeric: [5])
                for item in items {
                    table.add([item.id, item.visit, item.site, item.category, item.raised.description, String(item.daysOpen)])
                }
                return table.rendered
            })
        }
        lines += section("Vetting expiring within \(StatusCalculator.vettingWarningDays) days or expired", report.vetting.isEmpty ? nil : {
            var table = Table(["ID", "NAME", "EXPIRES", "WHEN"])
            for due in report.vetting {
                table.add([due.volunteer.description, due.name, due.expires.description,
                           due.daysLeft < 0 ? "expired \(ago(-due.daysLeft))" : due.daysLeft == 0 ? "expires today" : "in \(Prose.count(due.daysLeft, "day"))"])
            }
            return table.rendered
        })
        lines += section("Probationers whose six months are up", report.probation.isEmpty ? nil : {
            var table = Table(["ID", "NAME", "ON PROBATION SINCE", "SIX MONTHS ON"])
            for due in report.probation {
                table.add([due.volunteer.description, due.name, due.since.description, due.sixMonthsOn.description])
            }
            return table.rendered + "\nRecord the outcome with: icv volunteer update VOL --status active --from DATE"
        })
        return lines.joined(separator: "\n")
    }

    /// A titled part of the status: its table, or "none".
    private static func section(_ title: String, _ body: (() -> String)?) -> [String] {
        guard let body else { return ["", "\(title): none."] }
        return ["", "\(title):", body()]
    }

    /// `today`, `1 day ago`, `3 days ago`.
    static func ago(_ days: Int) -> String {
        days == 0 ? "today" : "\(Prose.count(days, "day")) ago"
    }
}
