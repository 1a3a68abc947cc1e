import Foundation
import ICVDomain
import ICVStorage

/// The problems found, and the warnings (what was accepted with a warning when recorded, which `check` lists without
/// failing), each with where it goes in its list: file by file in the order read, record by record in file order, and
/// rule by rule.
struct ProblemList {
    typealias Entry = (problem: FolderCheck.Problem, position: Int, rule: Int)

    private(set) var found: [Entry] = []
    private(set) var warnings: [Entry] = []
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

    /// A warning about the record at `position` in its file.
    mutating func warn(_ file: String, position: Int, id: some CustomStringConvertible, _ warning: String) {
        warnings.append((FolderCheck.Problem(file: file, id: id.description, problem: warning), position, rule))
    }

    /// The problems and the warnings, each in the order they are listed.
    func ordered(fileOrder: [String: Int]) -> (problems: [FolderCheck.Problem], warnings: [FolderCheck.Problem]) {
        (Self.ordered(found, fileOrder: fileOrder), Self.ordered(warnings, fileOrder: fileOrder))
    }

    private static func ordered(_ found: [Entry], fileOrder: [String: Int]) -> [FolderCheck.Problem] {
        found.enumerated().sorted { first, second in
            let one = first.element, other = second.element
            return (fileOrder[one.problem.file] ?? .max, one.position, one.rule, first.offset)
                < (fileOrder[other.problem.file] ?? .max, other.position, other.rule, second.offset)
        }.map(\.element.problem)
    }
}
