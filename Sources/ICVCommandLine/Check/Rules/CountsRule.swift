import Foundation
import ICVDomain
import ICVStorage

/// Each visit's counts add up as `visit log` requires, and no count is negative.
struct CountsRule: CheckRule {
    static let summary = "Each visit's detainees add up (spoken to ≤ offered ≤ in custody − not available), and no count is negative."

    static let triggeringExamples = [
        CheckExample("more offered than available", .setFields(file: "visits/2015-16.json", id: "CV1", ["offered": "9"]),
                     problems: ["visits/2015-16.json CV1: 9 offered a visit is more than the 8 available (12 in custody, 4 not available). Check --offered, --in-custody and --not-available."]),
        CheckExample("a negative number of dogs", .setFields(file: "kennel-inspections/2015-16.json", id: "KI1", ["dogsObserved": "-2"]),
                     problems: ["kennel-inspections/2015-16.json KI1: dogsObserved is -2; counts cannot be negative."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("everyone available offered a visit", .setFields(file: "visits/2015-16.json", id: "CV1", ["offered": "8", "spokenTo": "8"])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        VisitRuleCheck.each(folder.visits.files, &problems) { visit throws(VisitViolation) in
            try VisitRules.checkCounts(DetaineeCounts(inCustody: visit.inCustody, notAvailable: visit.notAvailable,
                                                      offered: visit.offered, spokenTo: visit.spokenTo))
        }
        for file in folder.inspections.files {
            for (position, inspection) in file.records.enumerated() where inspection.dogsObserved < 0 {
                problems.add(file.path, position: position, id: inspection.id,
                             "dogsObserved is \(inspection.dogsObserved); counts cannot be negative.")
            }
        }
    }
}
