import Foundation
import ICVDomain
import ICVStorage

/// No terminal: a script, a test, a pipe.
public struct NoTerminal: Terminal {
    public init() {}
    public var isInteractive: Bool { false }
    public func ask(_ question: String) -> String? { nil }
}
