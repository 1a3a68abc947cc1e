import Foundation
import ICVDomain
import ICVStorage

/// The annual report as one CSV file per table, with plain numbers for a spreadsheet.
public enum AnnualReportCSV {
    /// File names and their contents.
    public static func files(_ report: AnnualReport) -> [(name: String, text: String)] {
        func file(_ name: String, _ header: [String], _ rows: [[String]]) -> (name: String, text: String) {
            (name, CSV.text([header] + rows))
        }
        let months = (0..<12).map { report.from.adding(months: $0) }.map { String($0.description.prefix(7)) }
        let people = report.detainees
        let volunteers = report.volunteers
        let hours = report.hours
        return [
            file("custody-visits.csv", ["site", "visits"], report.custodyVisits.bySite.map { [$0.site, String($0.visits)] }),
            file("custody-visits-by-month.csv", ["site"] + months,
                 report.custodyVisits.byMonth.map { [$0.site] + $0.months.map(String.init) }),
            file("detainees.csv", ["inCustody", "offered", "spokenTo", "declined", "spokenToRate"],
                 [[String(people.inCustody), String(people.offered), String(people.spokenTo), String(people.declined),
                   people.spokenToRate.map { String($0) } ?? ""]]),
            file("requests.csv", ["category", "number"], categories(report.requests)),
            file("issues.csv", ["category", "number"], categories(report.issues)),
            file("compliance.csv", ["site", "siteId", "kind", "visits", "periodsDue", "periodsMet", "periodsClosed", "compliance",
                                    "longestMissedRun", "longestGapDays"],
                 report.compliance.map { site in
                     [site.site, site.siteId, site.kind.rawValue, String(site.visits), String(site.periodsDue), String(site.periodsMet),
                      String(site.periodsClosed), site.compliance.map { String($0) } ?? "", String(site.longestMissedRun),
                      String(site.longestGapDays)]
                 }),
            file("volunteers.csv", ["icvActiveAtYearEnd", "awsActiveAtYearEnd", "joined", "left"],
                 [[String(volunteers.icvActiveAtYearEnd), String(volunteers.awsActiveAtYearEnd), String(volunteers.joined),
                   String(volunteers.left)]]),
            file("long-service.csv", ["volunteer", "name", "years"],
                 volunteers.longService.map { [$0.volunteer.description, $0.name, String($0.years)] }),
            file("hours.csv", ["visits", "training", "meetings", "other", "total"],
                 [[hours.visits, hours.training, hours.meetings, hours.other, hours.total].map(Labels.hours)]),
            file("kennel-inspections.csv", ["site", "visits"], report.kennelInspections.visits.bySite.map { [$0.site, String($0.visits)] }),
            file("kennel-issues.csv", ["category", "number"], categories(report.kennelInspections.issues)),
            file("visits-by-weekday.csv", ["weekday", "visits"],
                 Weekday.allCases.map { [$0.rawValue, String(report.visitTiming.byWeekday[$0.rawValue] ?? 0)] }),
            file("visits-by-time-band.csv", ["band", "hours", "visits"],
                 TimeBand.allCases.map { [$0.rawValue, $0.hours, String(report.visitTiming.byTimeBand[$0.rawValue] ?? 0)] }),
            file("slot-coverage.csv", ["site", "slotsCovered", "slots"],
                 report.visitTiming.slotCoverage.map { [$0.site, String($0.slotsCovered), String($0.slots)] }),
        ]
    }

    /// A tally's rows: each category with its number, in category order.
    static func categories(_ tally: AnnualReport.Tally) -> [[String]] {
        tally.byCategory.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] }
    }
}
