import Foundation
import ICVDomain
import ICVStorage

/// No visit or kennel inspection is dated after today, or arrives later today than now.
struct VisitDateRule: CheckRule {
    static let summary = "No visit or kennel inspection is dated after today, or arrives later today than now."

    static let triggeringExamples = [
        CheckExample("a visit in the future", .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-06-02""#]),
                     problems: ["visits/2015-16.json CV1: 2 June 2015 is in the future (today is 1 June 2015). Check the date."]),
        CheckExample("a visit arriving later today", .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-06-01""#, "arrived": #""12:01""#, "left": #""13:00""#]),
                     problems: ["visits/2015-16.json CV1: Arriving at 12:01 on 1 June 2015 is in the future (it is now 12:00). Check the date."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a visit that arrived today", .setFields(file: "visits/2015-16.json", id: "CV1", ["date": #""2015-06-01""#, "arrived": #""11:00""#, "left": #""12:30""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let clock = folder.clock else { return }
        let (today, now) = (clock.today, clock.timeOfDay)
        VisitRuleCheck.each(folder.visits.files, &problems) { visit throws(VisitViolation) in
            try VisitRules.checkHasBegun(visit.date, arrived: visit.arrived, today: today, now: now)
        }
        VisitRuleCheck.each(folder.inspections.files, &problems) { inspection throws(VisitViolation) in
            try VisitRules.checkHasBegun(inspection.date, arrived: inspection.arrived, today: today, now: now)
        }
    }
}
