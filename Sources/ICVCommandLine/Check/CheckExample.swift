import Foundation
import ICVDomain
import ICVStorage

/// A change made by hand to the example folder, and what `icv check` then prints: its problems and warnings,
/// `file id: problem`, and the checks it left out.
struct CheckExample: Sendable, CustomStringConvertible {
    let description: String
    let edits: [FolderEdit]
    let problems: [String]
    let warnings: [String]
    let notChecked: [String]

    init(_ description: String, _ edits: FolderEdit..., problems: [String] = [], warnings: [String] = [], notChecked: [String] = []) {
        self.description = description
        self.edits = edits
        self.problems = problems
        self.warnings = warnings
        self.notChecked = notChecked
    }
}
