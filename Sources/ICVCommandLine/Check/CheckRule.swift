import Foundation
import ICVDomain
import ICVStorage

/// One rule `icv check` applies to a data folder: what it checks, hand edits it must find fault with and edits it must
/// let pass, and the finding. Written after SwiftLint's rules: each rule is small, states its own examples, and is
/// tested on them alone (`CheckRuleTests`), so a rule that stops finding what it should fails its own test.
///
/// The examples edit the example folder: the small scheme the tests build (`CheckRuleTests.exampleFolder`), whose
/// records are listed there.
protocol CheckRule: Sendable {
    /// What the rule checks, in a line.
    static var summary: String { get }
    /// Hand edits the rule finds fault with, each with every line `icv check` must then print.
    static var triggeringExamples: [CheckExample] { get }
    /// Hand edits the rule must let pass; a rule always lets the example folder itself pass.
    static var nonTriggeringExamples: [CheckExample] { get }
    init()
    /// Adds the problems the rule finds to `problems`.
    func check(_ folder: CheckedFolder, _ problems: inout ProblemList)
}

extension CheckRule {
    static var nonTriggeringExamples: [CheckExample] { [] }
}

/// A change made by hand to the example folder, and what `icv check` then prints: its problems, `file id: problem`,
/// and the checks it left out.
struct CheckExample: Sendable, CustomStringConvertible {
    let description: String
    let edits: [FolderEdit]
    let problems: [String]
    let notChecked: [String]

    init(_ description: String, _ edits: FolderEdit..., problems: [String] = [], notChecked: [String] = []) {
        self.description = description
        self.edits = edits
        self.problems = problems
        self.notChecked = notChecked
    }
}

/// One change to a data file, as a person might make it in an editor.
enum FolderEdit: Sendable {
    /// Sets fields of the record with this id in a year file or `volunteers.json`, each to the JSON text given.
    case setFields(file: String, id: String, [String: String])
    /// Replaces the first occurrence of some text.
    case replaceText(file: String, String, with: String)
    /// Copies a file to another name.
    case copyFile(String, to: String)
}

/// The problems found, each with where it goes in the list: file by file in the order read, record by record in file
/// order, and rule by rule.
struct ProblemList {
    private(set) var found: [(problem: FolderCheck.Problem, position: Int, rule: Int)] = []
    /// The rule now checking, by its place in `FolderChecker.rules`.
    var rule = 0

    /// A problem with a whole file.
    mutating func add(_ file: String, _ problem: String) {
        found.append((FolderCheck.Problem(file: file, id: nil, problem: problem), -1, rule))
    }

    /// A problem with the record at `position` in its file.
    mutating func add(_ file: String, position: Int, id: some CustomStringConvertible, _ problem: String) {
        found.append((FolderCheck.Problem(file: file, id: id.description, problem: problem), position, rule))
    }

    /// The problems in the order they are listed.
    func ordered(fileOrder: [String: Int]) -> [FolderCheck.Problem] {
        found.enumerated().sorted { first, second in
            let one = first.element, other = second.element
            return (fileOrder[one.problem.file] ?? .max, one.position, one.rule, first.offset)
                < (fileOrder[other.problem.file] ?? .max, other.position, other.rule, second.offset)
        }.map(\.element.problem)
    }
}
