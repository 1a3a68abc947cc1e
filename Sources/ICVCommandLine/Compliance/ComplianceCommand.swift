import Foundation
import ICVDomain
import ICVStorage

/// `icv compliance`: each site's visits against its target, for the PCC and the assurance board.
struct ComplianceCommand: ParsableCommand {
    enum Format: String, CaseIterable, ArgumentValue {
        case table, csv
    }

    static let configuration = CommandConfiguration(
        ["compliance"],
        summary: "Show each site's compliance with its visiting target.",
        discussion: """
            Weekly and fortnightly targets are judged per ISO week (Monday to Sunday), monthly targets per calendar month; a range holds the weeks or months whose first day falls in it. A week closed on every day is not due. Without a range: this financial year up to today.
            In the table, each site's periods read left to right: + met, x missed, - closed, . no target, ? not over yet. A week or month that is not over yet is judged only once it is met or has ended.
            """,
        examples: ["icv compliance --year 2014", "icv compliance --from 2021-04-01 --to 2021-06-30 --site euston-street --format csv"])

    @Option(valueName: "YYYY", help: "A financial year: 2014 or 2014/15 is 1 April 2014 to 31 March 2015.") var year: FinancialYear?
    @Option(valueName: "DATE", help: "The first day of the range (give with --to).") var from: LocalDate?
    @Option(valueName: "DATE", help: "The last day of the range.") var to: LocalDate?
    @Option(valueName: "SITE", help: "Only this site.") var site: String?
    @Option(valueName: "table|csv", help: "How to print it (default: table).") var format: Format?

    /// A site that missed this many periods in a row from the start of the range, with no visit ever before them, has
    /// most likely joined the scheme later than icv was told.
    static let likelyNotYetOpenedRun = 4

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let today = try context.today()
        let (from, to) = try range(today: today)
        // Visits on any day of a selected period count: a fortnight looks a week back, a period may run past the range.
        let (first, last) = (from.adding(days: -7), to.adding(months: 1))
        try CheckScope(from: first, to: last).require(context, counting: "this compliance table")
        var scheme = try ledger.scheme()
        if let name = site {
            scheme.sites = [try Lookup.site(name, in: scheme)]
        }
        let visitDates = try ledger.visitDatesBySite(from: first, to: last)
        let report = ComplianceCalculator.report(scheme: scheme, visitDates: visitDates, from: from, to: to, today: today)
        let sites = Dictionary(firstOf: scheme.sites.map { ($0.id, $0) })
        let text = format == .csv
            ? Self.csv(report, sites: sites)
            : Self.table(report, sites: sites) + Self.notYetOpenedNote(try Self.likelyNotYetOpened(report, sites: sites, ledger: ledger))
        return CommandOutput(text: text, json: report)
    }

    /// The sites that missed their first periods of the range, `likelyNotYetOpenedRun` or more, and had no visit before;
    /// not one whose `--opened` day falls in the range, which was given on purpose and is where its missed run starts.
    static func likelyNotYetOpened(_ report: ComplianceReport, sites: [String: Site], ledger: Ledger) throws -> [SiteCompliance] {
        let candidates = report.sites.filter { site in
            site.missedFromStart >= likelyNotYetOpenedRun && sites[site.siteId]?.opened.map { $0 < report.from } ?? true
        }
        guard let first = candidates.compactMap({ $0.periods.first?.period.start }).min() else { return [] }
        let visited = try ledger.sitesVisited(among: Set(candidates.map(\.siteId)), before: first)
        return candidates.filter { !visited.contains($0.siteId) }
    }

    /// Under the table: the sites that look as if they joined the scheme later than icv was told, and what to do.
    static func notYetOpenedNote(_ sites: [SiteCompliance]) -> String {
        sites.map { site in
            "\n\n\(site.site) missed its first \(Prose.count(site.missedFromStart, site.periodUnit)) here in a row, with no visit before them. If it joined the scheme later, give the day it did: icv site update \(site.siteId) --opened DATE"
        }.joined()
    }

    /// `--year`, `--from` with `--to`, or this financial year up to today.
    func range(today: LocalDate) throws -> (LocalDate, LocalDate) {
        switch (year, from, to) {
        case (let year?, nil, nil):
            return (year.first, year.last)
        case (nil, let from?, let to?):
            try DateRange.checkOrder(from: from, to: to)
            return (from, to)
        case (nil, nil, nil):
            return (today.financialYear.first, today)
        case (_?, _, _):
            throw UsageError("Give --year, or --from and --to, not both.")
        default:
            throw UsageError("Give --from and --to together.")
        }
    }

    /// The targets that applied over the range, in order: `1/week`, or `1/fortnight, 1/week` when a rule changed it;
    /// `from 2022-04-01` for a site that joined the scheme after the range.
    static func targets(_ site: SiteCompliance, sites: [String: Site]) -> String {
        if site.periods.isEmpty, let opened = sites[site.siteId]?.opened {
            return "from \(opened)"
        }
        var seen: [String] = sites[site.siteId]?.occasional == true ? ["occasional"] : []
        for target in site.periods.compactMap({ $0.target?.description }) where !seen.contains(target) {
            seen.append(target)
        }
        return seen.isEmpty ? "none" : seen.joined(separator: ", ")
    }

    static func strip(_ site: SiteCompliance) -> String {
        String(site.periods.map { outcome -> Character in
            switch outcome.state {
            case .met: "+"
            case .missed: "x"
            case .closed: "-"
            case .noTarget: "."
            case .pending: "?"
            }
        })
    }

    static func table(_ report: ComplianceReport, sites: [String: Site]) -> String {
        var table = Table(["SITE", "TARGET", "VISITS", "DUE", "MET", "CLOSED", "COMPLIANCE", "LONGEST GAP", "PERIODS"],
                          numeric: [2, 3, 4, 5, 6, 7])
        for site in report.sites {
            table.add([site.site, targets(site, sites: sites), String(site.visits), String(site.periodsDue), String(site.periodsMet),
                       String(site.periodsClosed), Labels.percent(site.compliance),
                       site.periods.isEmpty && site.visits == 0 ? "-" : Prose.count(site.longestGapDays, "day"), strip(site)])
        }
        var lines = ["Compliance with visiting targets, \(report.from.prose) to \(report.to.prose)", "", table.rendered, "",
                     "Periods: one character a week (a month for monthly targets): + met, x missed, - closed, . no target, ? not over yet."]
        let missing = report.sites.filter { !$0.missed.isEmpty }
        lines.append("")
        if missing.isEmpty {
            lines.append("No period was missed.")
        } else {
            lines.append("Missed:")
            for site in missing {
                let runs = site.missedRuns.map { run in
                    run.count == 1 ? run.span.prose : "\(run.span.prose) (\(Prose.count(run.count, site.periodUnit)))"
                }
                lines.append("  \(site.site): \(runs.joined(separator: "; "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func csv(_ report: ComplianceReport, sites: [String: Site]) -> String {
        let header = ["site", "siteId", "kind", "target", "visits", "periodsDue", "periodsMet", "periodsClosed", "compliance",
                      "longestMissedRun", "longestGapDays", "missed"]
        let rows = report.sites.map { site in
            [site.site, site.siteId, site.kind.rawValue, targets(site, sites: sites), String(site.visits), String(site.periodsDue),
             String(site.periodsMet), String(site.periodsClosed), site.compliance.map { String($0) } ?? "",
             String(site.longestMissedRun), String(site.longestGapDays),
             site.missed.map { "\($0.start)/\($0.end)" }.joined(separator: ";")]
        }
        return CSV.text([header] + rows)
    }
}
