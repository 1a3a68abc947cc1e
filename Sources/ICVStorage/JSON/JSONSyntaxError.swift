import Foundation
import ICVDomain

/// Where and why a file cannot be read as JSON: the byte offset becomes a line and column in the message.
package struct JSONSyntaxError: Error, Equatable {
    /// Whether the text breaks JSON's syntax, or is JSON holding a number beyond what icv reads.
    package enum Kind: Equatable, Sendable {
        case syntax
        case numberOutOfRange
    }

    package let offset: Int
    package let problem: String
    package var kind = Kind.syntax
}
