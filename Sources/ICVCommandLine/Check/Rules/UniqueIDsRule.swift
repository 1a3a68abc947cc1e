import Foundation
import ICVDomain
import ICVStorage

/// Each record has its own id, across every year's file of its kind, and each file keeps its records in id order.
struct UniqueIDsRule: CheckRule {
    static let summary = "No id is used twice: each volunteer, visit, kennel inspection, request and issue has its own; each file lists them in id order."

    static let triggeringExamples = [
        CheckExample("an id used in two years", .setFields(file: "visits/2014-15.json", id: "CV3", ["id": #""CV1""#]),
                     problems: ["visits/2014-15.json CV1: CV1 comes after CV2 in this file; icv keeps records in id order. Move it back into place by hand.",
                                "visits/2015-16.json CV1: CV1 is used in visits/2014-15.json as well; each visit needs its own id."]),
        CheckExample("an id used twice in one file", .setFields(file: "volunteers.json", id: "V3", ["id": #""V2""#]),
                     problems: ["volunteers.json V2: V2 is used more than once in this file; each volunteer needs its own id."]),
        CheckExample("records out of id order", .moveToEnd(file: "volunteers.json", id: "V3"),
                     problems: ["volunteers.json V3: V3 comes after V7 in this file; icv keeps records in id order. Move it back into place by hand."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        if let register = folder.register {
            check([CheckedFolder.YearFile(year: FinancialYear(startYear: 0), path: DataFile.volunteers.path,
                                          records: register.map(\.volunteer))], &problems)
        }
        check(folder.visits.files, &problems)
        check(folder.inspections.files, &problems)
        check(folder.requests.files, &problems)
        check(folder.issues.files, &problems)
    }

    private func check<Record: NumberedRecord>(_ files: [CheckedFolder.YearFile<Record>], _ problems: inout ProblemList) {
        var seen: [RecordID<Record>: String] = [:]
        for file in files {
            for (position, record) in file.records.enumerated() {
                if position > 0, case let previous = file.records[position - 1].id, record.id < previous {
                    problems.add(file.path, position: position, id: record.id,
                                 "\(record.id) comes after \(previous) in this file; icv keeps records in id order. Move it back into place by hand.")
                }
                guard let first = seen[record.id] else {
                    seen[record.id] = file.path
                    continue
                }
                let place = first == file.path ? "more than once in this file" : "in \(first) as well"
                problems.add(file.path, position: position, id: record.id,
                             "\(record.id) is used \(place); each \(Record.recordName) needs its own id.")
            }
        }
    }
}
