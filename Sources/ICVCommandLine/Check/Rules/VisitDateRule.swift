import Foundation
import ICVDomain
import ICVStorage

/// No visit or kennel inspection is dated after today.
struct VisitDateRule: CheckRule {
    static let summary = "No visit or kennel inspection is dated after today."

    static let triggeringExamples = [
        CheckExample("a visit in the future", .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-06-02""#]),
                     problems: ["visits/2015-16.json CV1: 2 June 2015 is in the future (today is 1 June 2015). Check the date."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a visit today", .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-06-01""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let today = folder.today else { return }
        VisitRuleCheck.each(folder.visits.files, &problems) { visit throws(VisitViolation) in try VisitRules.checkNotFuture(visit.date, today: today) }
        VisitRuleCheck.each(folder.inspections.files, &problems) { inspection throws(VisitViolation) in
            try VisitRules.checkNotFuture(inspection.date, today: today)
        }
    }
}
