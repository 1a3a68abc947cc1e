import Foundation
import ICVDomain
import ICVStorage

/// The outcome of one run of `icv`: what to print where, and the exit code.
public struct RunResult: Equatable, Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
}
