import Foundation
import ICVDomain
import ICVStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of one run of `icv`: what to print where, and the exit code.
public struct RunResult: Equatable, Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
    /// Whether the command wrote a change to the data folder, so that a failure to print afterwards can say it is saved.
    public var savedChange = false

    /// Prints the result and gives the exit code. Output that cannot be written (a full disk, a pipe closed early) is
    /// exit 1 with a message on stderr, which says that a change the command made is saved all the same.
    public func print() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let failed = writeFully(STDOUT_FILENO, Data(stdout.utf8))
        guard failed == 0 else {
            let saved = savedChange ? " The change itself was saved." : ""
            let message = "error: Could not write the output (\(String(cString: strerror(failed)))).\(saved)\n"
            _ = writeFully(STDERR_FILENO, Data((stderr + message).utf8))
            return 1
        }
        _ = writeFully(STDERR_FILENO, Data(stderr.utf8))
        return exitCode
    }
}
