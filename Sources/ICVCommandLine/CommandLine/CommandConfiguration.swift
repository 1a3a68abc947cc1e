import Foundation
import ICVDomain
import ICVStorage

/// What a command is called and says of itself.
struct CommandConfiguration: Sendable {
    let words: [String]
    let summary: String
    let discussion: String
    let examples: [String]
    /// False only for `init`, which makes the folder the others need.
    let needsDataFolder: Bool

    init(_ words: [String], summary: String, discussion: String = "", examples: [String], needsDataFolder: Bool = true) {
        self.words = words
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.needsDataFolder = needsDataFolder
    }
}
