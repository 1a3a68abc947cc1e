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
    /// Hand edits the rule finds fault with, each with every problem and warning `icv check` must then print.
    static var triggeringExamples: [CheckExample] { get }
    /// Hand edits the rule must let pass; a rule always lets the example folder itself pass.
    static var nonTriggeringExamples: [CheckExample] { get }
    init()
    /// Adds the problems (and warnings) the rule finds to `problems`.
    func check(_ folder: CheckedFolder, _ problems: inout ProblemList)
}

extension CheckRule {
    static var nonTriggeringExamples: [CheckExample] { [] }
}
