import Foundation
import ICVDomain
import ICVStorage

/// The annual report's words and tables, written from the figures: a short narrative, then the tables.
public enum AnnualReportDocument {
    public static func blocks(_ report: AnnualReport, schemeName: String, includeKennels: Bool) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .title("Independent Custody Visiting \(includeKennels ? "and Animal Welfare " : "")annual report \(report.financialYear)"
                + (report.complete ? "" : " (to date)")),
            .subtitle("\(schemeName), \(report.from.prose) to \(report.asOf.prose)"
                + (report.complete ? "" : " (to date: the year ends on \(report.to.prose))")),
        ]
        blocks += custody(report)
        blocks += compliance(report, includeKennels: includeKennels)
        blocks += requestsAndIssues(report)
        blocks += timing(report)
        blocks += volunteers(report, includeKennels: includeKennels)
        if includeKennels {
            blocks += kennels(report)
        }
        return blocks
    }

    /// ` to date` after "the year" or the year's name when the year is not over yet, else nothing.
    static func toDate(_ report: AnnualReport) -> String {
        report.complete ? "" : " to date"
    }

    /// `2014/15`, or `2026/27 to date` for a year not yet over.
    static func year(_ report: AnnualReport) -> String {
        report.financialYear + toDate(report)
    }

    /// When the figures "at the end" are taken: `at the end of the year`, or `on 2 December 2026` for a year not yet over.
    static func atEnd(_ report: AnnualReport) -> String {
        report.complete ? "at the end of the year" : "on \(report.asOf.prose)"
    }

    static func table(_ headers: [String], _ rows: [[String]], total: [String]? = nil) -> ReportBlock {
        .table(headers: headers, rows: rows, total: total)
    }

    /// Where the visits went, after the sites' kind: `: 54 to Beaumont Leys, 51 to Euston Street and 3 to Wigston`,
    /// `, all to Euston Street` or `, to Euston Street`; nothing when the scheme has one site of the kind, or no visit was made.
    static func spread(_ visits: AnnualReport.VisitsBySite) -> String {
        let visited = visits.bySite.filter { $0.visits > 0 }
        guard visits.bySite.count > 1, let first = visited.first else { return "" }
        guard visited.count > 1 else { return "\(visits.total == 1 ? "," : ", all") to \(first.site)" }
        return ": " + Prose.list(visited.map { "\(Labels.number($0.visits)) to \($0.site)" })
    }

    /// `no visits`, `1 visit`, `2 visits`: a count in the narrative, where "0 visits" reads oddly.
    static func count(_ number: Int, _ singular: String) -> String {
        number == 0 ? "no \(singular)s" : Prose.count(number, singular)
    }

    static func custody(_ report: AnnualReport) -> [ReportBlock] {
        let visits = report.custodyVisits
        let people = report.detainees
        let made = switch visits.total {
        case 0: "no visits were"
        case 1: "one visit was"
        default: "a total of \(Labels.number(visits.total)) visits were"
        }
        var narrative = "During \(year(report)) \(made) undertaken to the custody suites\(spread(visits))."
        if visits.total > 0 {
            narrative += " " + detainees(people)
        }
        let suites = table(["Custody suite", "Visits"], visits.bySite.map { [$0.site, Labels.number($0.visits)] },
                           total: ["Total", Labels.number(visits.total)])
        let detainees = table(["Detainees at the time of visits", "People"], [
            ["In custody", Labels.number(people.inCustody)],
            ["Offered a visit", Labels.number(people.offered)],
            ["Spoken to", Labels.number(people.spokenTo)],
            ["Declined", Labels.number(people.declined)],
            ["Spoken to, of those offered", Labels.percent(people.spokenToRate)],
        ])
        return [.heading("Custody visits"), .paragraph(narrative)] + (visits.bySite.isEmpty ? [] : [suites])
            + (visits.total > 0 ? [.figure(.visitsByMonth), detainees] : [])
    }

    /// Who was seen at the visits: `At the time of the visits 1,035 people were in custody; 490 were offered a visit and 475
    /// (96.9%) accepted and were spoken to.`
    static func detainees(_ people: AnnualReport.Detainees) -> String {
        guard people.inCustody > 0 else { return "No one was in custody at the time of the visits." }
        let inCustody = "At the time of the visits \(Labels.number(people.inCustody)) \(people.inCustody == 1 ? "person was" : "people were") in custody"
        guard people.offered > 0 else { return inCustody + "; none was offered a visit." }
        return inCustody + "; \(Labels.number(people.offered)) \(people.offered == 1 ? "was" : "were") offered a visit and "
            + "\(Labels.number(people.spokenTo)) (\(Labels.percent(people.spokenToRate))) accepted and "
            + "\(people.spokenTo == 1 ? "was" : "were") spoken to."
    }

    static func compliance(_ report: AnnualReport, includeKennels: Bool) -> [ReportBlock] {
        let due = report.compliance.filter { $0.periodsDue > 0 }
        guard !due.isEmpty else { return [] }
        let sentences = due.map { site -> String in
            let (unit, met, due) = (site.periodUnit, site.periodsMet, site.periodsDue)
            var sentence = if due == 1 {
                "\(site.site) \(met == 1 ? "met" : "missed") its target in the one \(unit) it was due"
            } else if met == due {
                "\(site.site) met its target in every \(unit) it was due (\(met) of \(due))"
            } else if met == 0 {
                "\(site.site) missed its target in each of the \(Prose.count(due, unit)) it was due"
            } else {
                "\(site.site) met its target in \(met) of \(Prose.count(due, unit)) (\(Labels.percent(site.compliance)))"
            }
            if site.periodsClosed > 0 {
                sentence += "; it was closed for \(Prose.count(site.periodsClosed, unit))"
            }
            return sentence + "."
        }
        let rows = report.compliance.filter { !$0.periods.isEmpty || $0.visits > 0 }.map { site in
            [site.site, Labels.number(site.visits), String(site.periodsDue), String(site.periodsMet), String(site.periodsClosed),
             Labels.percent(site.compliance), site.longestMissedRun == 0 ? "none" : Prose.count(site.longestMissedRun, site.periodUnit)]
        }
        return [.heading("Compliance with the visiting target"),
                .paragraph("The target is one visit a week to each custody suite\(includeKennels ? " and one a month to the kennels" : ""). "
                    + sentences.joined(separator: " ")
                    + (report.complete ? "" : " A week or month not over on \(report.asOf.prose) is not judged yet.")),
                table(["Site", "Visits", "Periods due", "Met", "Closed", "Compliance", "Longest missed run"], rows),
                .figure(.complianceGrid)]
    }

    static func tallyTable(_ title: String, _ tally: AnnualReport.Tally) -> ReportBlock {
        table([title, "Number"],
              tally.byCategory.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { [Labels.category($0.key), Labels.number($0.value)] },
              total: ["Total", Labels.number(tally.total)])
    }

    static func stillOpen(_ count: Int, _ report: AnnualReport) -> String {
        "\(count == 0 ? "none" : Labels.number(count)) remained open \(atEnd(report))"
    }

    static func requestsAndIssues(_ report: AnnualReport) -> [ReportBlock] {
        var parts: [ReportBlock] = [.heading("Requests and issues")]
        let requests = report.requests
        parts.append(.paragraph(requests.total == 0
            ? "No requests were made by detainees."
            : "Detainees made \(Prose.count(requests.total, "request")) of the visitors, \(requests.total == 1 ? "" : "each ")reported to the custody sergeant; \(stillOpen(requests.open, report))."))
        if requests.total > 0 {
            parts += [tallyTable("Request", requests), .figure(.requestsByCategory)]
        }
        return parts + issues(report.issues, raisedWith: "the custody staff or the inspector", on: "custody visits", report)
    }

    /// How many issues visitors raised, and with whom, how many remained open, and a table of their categories.
    static func issues(_ issues: AnnualReport.Tally, raisedWith: String, on visits: String, _ report: AnnualReport) -> [ReportBlock] {
        guard issues.total > 0 else { return [.paragraph("No issues were raised on \(visits).")] }
        return [.paragraph("Visitors raised \(Prose.count(issues.total, "issue")) with \(raisedWith); \(stillOpen(issues.open, report))."),
                tallyTable("Issue", issues)]
    }

    static func timing(_ report: AnnualReport) -> [ReportBlock] {
        guard report.custodyVisits.total > 0 else { return [] }
        let timing = report.visitTiming
        let weekdays = Weekday.allCases.map { [$0.rawValue, Labels.number(timing.byWeekday[$0.rawValue] ?? 0)] }
        let bands = TimeBand.allCases.map { ["\($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst()) (\($0.hours))",
                                             Labels.number(timing.byTimeBand[$0.rawValue] ?? 0)] }
        let coverage = timing.slotCoverage.filter { $0.slotsCovered > 0 }.map { slot in
            [slot.site, "\(slot.slotsCovered) of \(slot.slots)", Labels.percent(Double(slot.slotsCovered) / Double(slot.slots))]
        }
        return [.heading("When visits were made"),
                .paragraph("Visits are unannounced and spread across the week and the day so that they cannot be predicted. "
                    + "The week has 35 slots (seven days, five parts of the day); the last table shows how many each suite's visits covered."),
                table(["Day", "Visits"], weekdays), table(["Arrival", "Visits"], bands),
                table(["Custody suite", "Slots covered", "Coverage"], coverage), .figure(.slotGrids)]
    }

    static func volunteers(_ report: AnnualReport, includeKennels: Bool) -> [ReportBlock] {
        let people = report.volunteers
        var narrative = "At \(report.asOf.prose)\(report.complete ? "" : " (to date)") the scheme had \(count(people.icvActiveAtYearEnd, "active custody visitor"))"
        if people.awsActiveAtYearEnd > 0 || includeKennels {
            narrative += " and \(count(people.awsActiveAtYearEnd, "animal welfare visitor"))"
        }
        narrative += ". During the year\(toDate(report)) \(count(people.joined, "volunteer")) joined and \(people.left == 0 ? "none" : Labels.number(people.left)) left."
        var parts: [ReportBlock] = [.heading("Volunteers"), .paragraph(narrative)]
        if !people.longService.isEmpty {
            parts.append(.paragraph("Long service (five years or more\(report.complete ? "" : " at \(report.asOf.prose)")): "
                + Prose.list(people.longService.map { "\($0.name) (\($0.years) years)" }) + "."))
        }
        let hours = report.hours
        let given = [(hours.visits, "on visits"), (hours.meetings, "at team meetings"), (hours.training, "in training"), (hours.other, "on other activities")]
            .filter { $0.0 > 0 }.map(\.1)
        parts.append(.paragraph(given.isEmpty
            ? "No hours volunteered were recorded in the year\(toDate(report))."
            : "Volunteers gave \(Labels.hours(hours.total)) hours in the year\(toDate(report)), \(Prose.list(given))."))
        guard hours.total > 0 else { return parts }
        parts.append(table(["Hours volunteered", "Hours"], [
            ["Visits", Labels.hours(hours.visits)], ["Training", Labels.hours(hours.training)],
            ["Team meetings", Labels.hours(hours.meetings)], ["Other", Labels.hours(hours.other)],
        ], total: ["Total", Labels.hours(hours.total)]))
        return parts
    }

    static func kennels(_ report: AnnualReport) -> [ReportBlock] {
        let inspections = report.kennelInspections.visits
        let narrative = inspections.total == 0
            ? "No Animal Welfare Scheme visits were made during \(year(report))."
            : "During \(year(report)) animal welfare visitors made \(Prose.count(inspections.total, "unannounced visit")) to the police dog unit's kennels\(spread(inspections))."
        return [.heading("Animal Welfare Scheme"), .paragraph(narrative),
                table(["Kennels", "Visits"], inspections.bySite.map { [$0.site, Labels.number($0.visits)] })]
            + (inspections.total > 0 ? issues(report.kennelInspections.issues, raisedWith: "the dog unit", on: "the visits to the kennels", report) : [])
    }
}
