import Foundation
import ICVDomain
import ICVStorage

/// Each request and issue belongs to a visit that exists, and sits in that visit's financial year's file.
struct FollowUpVisitRule: CheckRule {
    static let summary = "Each request and issue belongs to a visit or kennel inspection that exists, and is in its visit's year's file."

    static let triggeringExamples = [
        CheckExample("a request to a missing visit", .setFields(file: "requests/2015-16.json", id: "R2", ["visit": #""CV99""#]),
                     problems: ["requests/2015-16.json R2: It belongs to visit CV99, which does not exist."]),
        CheckExample("an issue on a missing kennel inspection", .setFields(file: "issues/2015-16.json", id: "I2", ["visit": #""KI9""#]),
                     problems: ["issues/2015-16.json I2: It belongs to kennel inspection KI9, which does not exist."]),
        CheckExample("a request in the wrong year's file", .setFields(file: "requests/2015-16.json", id: "R2", ["visit": #""CV2""#]),
                     problems: ["requests/2015-16.json R2: Its visit CV2 is dated 2 May 2014, in 2014/15, so it belongs in requests/2014-15.json."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        for file in folder.requests.files {
            for (position, request) in file.records.enumerated() {
                Self.check(request.visit, in: folder.visitIndex, file: file, kind: .requests, position: position, id: request.id, &problems)
            }
        }
        for file in folder.issues.files {
            for (position, issue) in file.records.enumerated() {
                switch issue.visit {
                case .custody(let visit):
                    Self.check(visit, in: folder.visitIndex, file: file, kind: .issues, position: position, id: issue.id, &problems)
                case .kennel(let inspection):
                    Self.check(inspection, in: folder.inspectionIndex, file: file, kind: .issues, position: position, id: issue.id, &problems)
                }
            }
        }
    }

    /// Nothing is said when `index` is nil (a file of those visits could not be read) or the id is used twice (that is said).
    private static func check<Record, Visit>(_ visit: RecordID<Visit>, in index: CheckedFolder.RecordIndex<Visit>?,
                                             file: CheckedFolder.YearFile<Record>, kind: YearKind<Record>, position: Int,
                                             id: some CustomStringConvertible, _ problems: inout ProblemList) {
        guard let index, !index.usedTwice.contains(visit) else { return }
        guard let date = index.dates[visit] else {
            problems.add(file.path, position: position, id: id, "It belongs to \(Visit.recordName) \(visit), which does not exist.")
            return
        }
        if date.financialYear != file.year {
            problems.add(file.path, position: position, id: id,
                         VisitYearFileRule.misplaced(date, kind, subject: "Its visit \(visit) is"))
        }
    }
}
