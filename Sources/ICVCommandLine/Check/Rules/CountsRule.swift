import Foundation
import ICVDomain
import ICVStorage

/// Each visit's counts add up as `visit log` requires, and no count is negative.
struct CountsRule: CheckRule {
    static let summary = "Each visit's detainees add up (spoken to ≤ offered ≤ in custody − not available, declined = offered − spoken to), and every count is from 0 to 9,999."

    static let triggeringExamples = [
        CheckExample("more offered than available", .setFields(file: "visits/2015-16.json", id: "CV1", ["offered": "9", "declined": "2"]),
                     problems: ["visits/2015-16.json CV1: 9 offered a visit is more than the 8 available (12 in custody, 4 not available). Check --offered, --in-custody and --not-available."]),
        CheckExample("a negative number of dogs", .setFields(file: "kennel-inspections/2015-16.json", id: "KI1", ["dogsObserved": "-2"]),
                     problems: ["kennel-inspections/2015-16.json KI1: dogsObserved is -2; counts cannot be negative."]),
        CheckExample("declined that does not add up", .setFields(file: "visits/2015-16.json", id: "CV1", ["declined": "5"]),
                     problems: ["visits/2015-16.json CV1: declined is 5, but 8 offered less 7 spoken to is 1. Set declined to 1."]),
        CheckExample("a count beyond any suite", .setFields(file: "visits/2015-16.json", id: "CV1", ["inCustody": "9223372036"]),
                     problems: ["visits/2015-16.json CV1: --in-custody is 9223372036; a count is at most 9,999."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("declined as offered less spoken to", .setFields(file: "visits/2015-16.json", id: "CV1", ["declined": "1"])),
        CheckExample("everyone available offered a visit", .setFields(file: "visits/2015-16.json", id: "CV1", ["offered": "8", "spokenTo": "8", "declined": "0"])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        VisitRuleCheck.each(folder.visits.files, &problems) { visit throws(VisitViolation) in
            try VisitRules.checkCounts(DetaineeCounts(inCustody: visit.inCustody, notAvailable: visit.notAvailable,
                                                      offered: visit.offered, spokenTo: visit.spokenTo))
        }
        for file in folder.visits.files {
            for (position, visit) in file.records.enumerated() {
                guard let written = visit.declinedAsWritten.value, written != visit.declined else { continue }
                problems.add(file.path, position: position, id: visit.id,
                             "declined is \(written), but \(visit.offered) offered less \(visit.spokenTo) spoken to is \(visit.declined). Set declined to \(visit.declined).")
            }
        }
        for file in folder.inspections.files {
            for (position, inspection) in file.records.enumerated() where !Bounds.count.contains(inspection.dogsObserved) {
                let bound = inspection.dogsObserved < 0 ? "counts cannot be negative" : Labels.countTooLarge
                problems.add(file.path, position: position, id: inspection.id, "dogsObserved is \(inspection.dogsObserved); \(bound).")
            }
        }
    }
}
