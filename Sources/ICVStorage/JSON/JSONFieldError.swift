import Foundation
import ICVDomain

/// A value of the wrong kind or form at a field of a file, with the path to it (`visits[3].date`).
package struct JSONFieldError: Error {
    package enum Step {
        case key(String)
        case index(Int)
    }

    package var path: [Step] = []
    package let problem: String

    /// `visits[3].date`, or `(top)` for the document itself.
    package var field: String {
        Self.field(path)
    }

    /// The steps written as a field: `visits[3].date`, or `(top)` for none.
    package static func field(_ path: [Step]) -> String {
        guard !path.isEmpty else { return "(top)" }
        var text = ""
        for step in path {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            }
        }
        return text
    }

    /// The error for a field that a record must have.
    package static func missing(_ key: String) -> JSONFieldError {
        JSONFieldError(path: [.key(key)], problem: "the field is missing")
    }
}
