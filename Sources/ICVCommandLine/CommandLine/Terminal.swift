import Foundation
import ICVDomain
import ICVStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command asks a person to confirm something (`icv undo`); there is none when `icv` runs from a script.
public protocol Terminal {
    /// Whether a person can answer: standard input is a terminal.
    var isInteractive: Bool { get }
    /// Shows the question on stderr and reads one line of answer; nil at the end of input.
    func ask(_ question: String) -> String?
}

/// The terminal `icv` was started from.
public struct StandardTerminal: Terminal {
    public init() {}

    public var isInteractive: Bool { isatty(STDIN_FILENO) != 0 }

    public func ask(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        return readLine()
    }
}

/// No terminal: a script, a test, a pipe.
public struct NoTerminal: Terminal {
    public init() {}
    public var isInteractive: Bool { false }
    public func ask(_ question: String) -> String? { nil }
}
