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
        // Places only: a visit is named, and its visitors looked up, only when another with a visitor in common overlaps it.
        var seen = VisitsByDay<VisitPlace>()
        func check<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>]) {
            VisitRuleCheck.each(files, &problems) { visit throws(VisitViolation) in
                let place = visit.place
                let span = place.span
                defer { seen.add(place, span: span) }
                // Visits at other sites overlap all the time; only one sharing a visitor is looked at further.
                let others = seen.overlapping(span).filter { $0.visitors.contains(where: visit.visitors.contains) }
                guard !others.isEmpty else { return }
                try VisitRules.checkVisitorsFree(visit.visitors.compactMap { volunteers[$0] }, span, among: others.map { other in
                    NamedVisit(name: other.visit.description, siteName: sites[other.site]?.name ?? other.site, place: other)
                })
            }
        }
        check(folder.visits.files)
        check(folder.inspections.files)
    }
}
