import Foundation
import ICVDomain
import ICVStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal `icv` was started from.
public struct StandardTerminal: Terminal {
    public init() {}

    public var isInteractive: Bool { isatty(STDIN_FILENO) != 0 }

    public func ask(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        return readLine()
    }
}
