import Foundation
import ICVDomain
import ICVStorage

/// Each issue's category is one of those of its visit's kind (`Issue.categoryViolation`), as `issue add` requires: a
/// kennel issue counted in the custody figures, or the other way round, would put it under the wrong scheme.
struct IssueCategoryRule: CheckRule {
    static let summary = "Each issue's category is one for its kind of visit: custody categories on custody visits, animal-welfare ones on kennel inspections."

    static let triggeringExamples = [
        CheckExample("a custody category on a kennel inspection", .setFields(file: "issues/2015-16.json", id: "I2", ["category": #""cell-conditions""#]),
                     problems: ["issues/2015-16.json I2: cell-conditions is not an issue category for a kennel inspection. Use one of: housing, exercise, training, transport, health-records, feeding, dog-welfare, health-and-safety, other."]),
        CheckExample("a kennel category on a custody visit", .setFields(file: "issues/2015-16.json", id: "I1", ["category": #""dog-welfare""#]),
                     problems: ["issues/2015-16.json I1: dog-welfare is not an issue category for a custody visit. Use one of: health-and-safety, cell-conditions, food, detainee-welfare, dignity, allegation, staffing, other."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a kennel category on a kennel inspection", .setFields(file: "issues/2015-16.json", id: "I2", ["category": #""housing""#])),
        CheckExample("a category of both lists on a custody visit", .setFields(file: "issues/2015-16.json", id: "I1", ["category": #""health-and-safety""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        for file in folder.issues.files {
            for (position, issue) in file.records.enumerated() {
                if let violation = issue.categoryViolation {
                    problems.add(file.path, position: position, id: issue.id, violation.message)
                }
            }
        }
    }
}
