import Foundation
import ICVDomain
import ICVStorage

/// Every data file parses, is of a schema this icv knows, and is named as data files are.
struct ReadableFilesRule: CheckRule {
    static let summary = "Every file parses, comes from an icv no newer than this one, and is named as icv names its files."

    static let triggeringExamples = [
        CheckExample("a file that does not parse",
                     .replaceText(file: "visits/2015-16.json", #""site" : "euston-street","#, with: #""site" : "euston-street""#),
                     problems: ["visits/2015-16.json: It is not valid JSON at line 14, column 7 (expected ',' or '}' in an object). Mend it by hand or restore it from a backup."],
                     notChecked: ["Not checked: the visits that requests and issues belong to, because visits/2015-16.json could not be read."]),
        CheckExample("a value of the wrong form", .replaceText(file: "visits/2015-16.json", "2015-05-02", with: "2015-02-30"),
                     problems: ["visits/2015-16.json: It has a value icv cannot read at visits[0].date: '2015-02-30' is not a date (YYYY-MM-DD). Mend it by hand or restore it from a backup."],
                     notChecked: ["Not checked: the visits that requests and issues belong to, because visits/2015-16.json could not be read."]),
        CheckExample("a file from a newer icv", .replaceText(file: "volunteers.json", #""schemaVersion" : 1"#, with: #""schemaVersion" : 2"#),
                     problems: ["volunteers.json: It was written by a newer version of icv (schemaVersion 2; this one knows 1). Update icv to check this folder."],
                     notChecked: ["Not checked: the visitors named on visits and kennel inspections, because volunteers.json could not be read."]),
        CheckExample("a year file with another name", .copyFile("requests/2015-16.json", to: "requests/2015-16 copy.json"),
                     problems: ["requests/2015-16 copy.json: Its name is not a financial year's (such as 2014-15.json), so icv does not read it. Rename it, or move it out of the data folder."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a field a newer icv added", .setFields(file: "visits/2015-16.json", id: "CV1", ["outcome": #""completed""#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        for problem in folder.readProblems {
            problems.add(problem.file, problem.problem)
        }
    }
}
