import Foundation
import ICVDomain
import ICVStorage

/// Each visit's times are ones `visit log` accepts.
struct VisitTimesRule: CheckRule {
    static let summary = "Each visit and kennel inspection left after it arrived, within 12 hours, and a late admission is explained."

    static let triggeringExamples = [
        CheckExample("a late admission with no reason", .setFields(file: "visits/2015-16.json", id: "CV1", ["admitted": #""10:30""#]),
                     problems: ["visits/2015-16.json CV1: The visitors waited 30 minutes to be admitted (arrived 10:00, admitted 10:30). A delay over 10 minutes must be explained: add --delay-reason TEXT."]),
        CheckExample("a kennel inspection that left when it arrived",
                     .setFields(file: "kennel-inspections/2015-16.json", id: "KI1", ["left": #""10:00""#]),
                     problems: ["kennel-inspections/2015-16.json KI1: The visit left at 10:00, the same time it arrived. Check --arrived and --left."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a visit that ran past midnight", .setFields(file: "visits/2015-16.json", id: "CV1", ["arrived": #""23:30""#, "left": #""00:45""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        VisitRuleCheck.each(folder.visits.files, &problems) { visit throws(VisitViolation) in
            try VisitRules.checkTimes(visit.times, delayReason: visit.delayReason)
        }
        VisitRuleCheck.each(folder.inspections.files, &problems) { inspection throws(VisitViolation) in
            try VisitRules.checkTimes(inspection.times, delayReason: inspection.delayReason)
        }
    }
}
