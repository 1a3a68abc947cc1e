import Foundation
import ICVDomain
import ICVStorage

/// One person, one place: no volunteer is on two visits (custody or kennel) at overlapping times. Two overlapping visits
/// at one site are not a problem on file: `--allow-duplicate` lets them through.
struct VisitorsFreeRule: CheckRule {
    static let summary = "No volunteer is on two visits or kennel inspections at overlapping times."

    static let triggeringExamples = [
        CheckExample("a visitor on two visits at once", .setFields(file: "visits/2014-15.json", id: "CV3", ["visitors": #"["V1", "V4"]"#]),
                     problems: ["visits/2014-15.json CV3: Ann Ray (V1) was on another visit at the same time: CV2 at Euston Street on 2 May 2014, 19:40–21:05. One person cannot be in two places: check the visitors, the date and the times."]),
        CheckExample("a visitor on a custody visit and a kennel inspection at once",
                     .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-05-03""#, "visitors": #"["V1", "V7"]"#]),
                     problems: ["kennel-inspections/2015-16.json KI1: Gus Ivy (V7) was on another visit at the same time: CV1 at Euston Street on 3 May 2015, 10:00–11:00. One person cannot be in two places: check the visitors, the date and the times."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("one visit beginning as the other ends",
                     .setFields(file: "visits/2014-15.json", id: "CV3", ["visitors": #"["V1", "V4"]"#, "arrived": #""21:05""#, "left": #""22:00""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let volunteers = folder.volunteers, let sites = folder.sites else { return }
        var seen = VisitsByDay()
        func check<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>]) {
            VisitRuleCheck.each(files, &problems) { visit throws(VisitViolation) in
                let place = visit.place
                let named = NamedVisit(name: visit.id.description, siteName: sites[visit.site]?.name ?? visit.site, place: place)
                defer { seen.add(named) }
                try VisitRules.checkVisitorsFree(visit.visitors.compactMap { volunteers[$0] }, place.span, among: seen.around(visit.date))
            }
        }
        check(folder.visits.files)
        check(folder.inspections.files)
    }
}
