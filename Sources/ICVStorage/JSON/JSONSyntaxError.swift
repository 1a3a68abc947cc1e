import Foundation
import ICVDomain

/// Where and why a file is not JSON: the byte offset becomes a line and column in the message.
package struct JSONSyntaxError: Error, Equatable {
    package let offset: Int
    package let problem: String
}
