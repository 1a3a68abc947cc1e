import Foundation
import ICVDomain
import ICVStorage

/// Each visit and kennel inspection is in the file of its financial year, which is where every command looks for it.
struct VisitYearFileRule: CheckRule {
    static let summary = "Each visit and kennel inspection is in its own financial year's file."

    static let triggeringExamples = [
        CheckExample("a visit in the wrong year's file", .setFields(file: "visits/2014-15.json", id: "CV2", ["date": #""2015-05-09""#]),
                     problems: ["visits/2014-15.json CV2: It is dated 9 May 2015, in 2015/16, so it belongs in visits/2015-16.json."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        Self.check(folder.visits.files, .visits, &problems)
        Self.check(folder.inspections.files, .kennelInspections, &problems)
    }

    private static func check<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>], _ kind: YearKind<Record>,
                                                  _ problems: inout ProblemList) {
        for file in files {
            for (position, record) in file.records.enumerated() where record.date.financialYear != file.year {
                problems.add(file.path, position: position, id: record.id, misplaced(record.date, kind))
            }
        }
    }

    /// `It is dated 9 May 2015, in 2015/16, so it belongs in visits/2015-16.json.`; `subject` names a visit the date
    /// was taken from instead.
    static func misplaced<Record>(_ date: LocalDate, _ kind: YearKind<Record>, subject: String = "It is") -> String {
        let year = date.financialYear
        return "\(subject) dated \(date.prose), in \(year), so it belongs in \(kind.file(year).path)."
    }
}
