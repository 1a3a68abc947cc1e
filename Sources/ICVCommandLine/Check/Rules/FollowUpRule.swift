import Foundation
import ICVDomain
import ICVStorage

/// Each request and issue says what it is about, and its closing holds together (`DetaineeRequest.violations`,
/// `Issue.violations`): a resolved one has an outcome and a date, neither before its visit nor after today.
struct FollowUpRule: CheckRule {
    static let summary = "Each request of category other and each issue says what it is about; a resolved one has an outcome and a date, not before its visit and not after today."

    static let triggeringExamples = [
        CheckExample("a resolved request with no outcome",
                     .setFields(file: "requests/2015-16.json", id: "R2", ["status": #""resolved""#, "resolvedOn": #""2015-05-10""#]),
                     problems: ["requests/2015-16.json R2: It is resolved but has no outcome saying what was done."]),
        CheckExample("an issue resolved before its visit", .setFields(file: "issues/2015-16.json", id: "I2", ["resolvedOn": #""2015-05-01""#]),
                     problems: ["issues/2015-16.json I2: It was resolved on 1 May 2015, before its visit on 3 May 2015."]),
        CheckExample("an issue resolved in the future", .setFields(file: "issues/2015-16.json", id: "I2", ["resolvedOn": #""2015-07-01""#]),
                     problems: ["issues/2015-16.json I2: 1 July 2015 is in the future (today is 1 June 2015). Check the date."]),
        CheckExample("an issue that says nothing", .setFields(file: "issues/2015-16.json", id: "I1", ["detail": #"" ""#]),
                     problems: ["issues/2015-16.json I1: It has no detail saying what was found."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a request resolved on the day of its visit",
                     .setFields(file: "requests/2015-16.json", id: "R2",
                                ["status": #""resolved""#, "resolvedOn": #""2015-05-02""#, "outcome": #""Called""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        for file in folder.requests.files {
            for (position, request) in file.records.enumerated() {
                let visitDate = folder.visitIndex?.dates[request.visit]
                for violation in request.violations(visitDate: visitDate) {
                    problems.add(file.path, position: position, id: request.id, violation.message)
                }
                Self.checkNotFuture(request.resolvedOn, folder: folder, file: file.path, position: position, id: request.id, &problems)
            }
        }
        for file in folder.issues.files {
            for (position, issue) in file.records.enumerated() {
                let visitDate = switch issue.visit {
                case .custody(let id): folder.visitIndex?.dates[id]
                case .kennel(let id): folder.inspectionIndex?.dates[id]
                }
                for violation in issue.violations(visitDate: visitDate) {
                    problems.add(file.path, position: position, id: issue.id, violation.message)
                }
                Self.checkNotFuture(issue.resolvedOn, folder: folder, file: file.path, position: position, id: issue.id, &problems)
            }
        }
    }

    private static func checkNotFuture(_ date: LocalDate?, folder: CheckedFolder, file: String, position: Int,
                                       id: some CustomStringConvertible, _ problems: inout ProblemList) {
        guard let date, let today = folder.today else { return }
        do {
            try VisitRules.checkNotFuture(date, today: today)
        } catch {
            problems.add(file, position: position, id: id, VisitRuleCheck.message(error))
        }
    }
}
