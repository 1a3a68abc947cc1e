import Foundation
import ICVDomain
import ICVStorage

/// A mistake in how the command was typed (exit 2): the usage of the command is shown with it.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public let message: String
    /// The command whose usage to show; empty for the overview, and nil for the command being run.
    public var command: [String]?

    public init(_ message: String, command: [String]? = nil) {
        self.message = message
        self.command = command
    }

    public var description: String { message }
}
