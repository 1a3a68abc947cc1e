import Foundation
import ICVDomain
import ICVStorage

/// Where a command asks a person to confirm something (`icv undo`); there is none when `icv` runs from a script.
public protocol Terminal {
    /// Whether a person can answer: standard input is a terminal.
    var isInteractive: Bool { get }
    /// Shows the question on stderr and reads one line of answer; nil at the end of input.
    func ask(_ question: String) -> String?
}
