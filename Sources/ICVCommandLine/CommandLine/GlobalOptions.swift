import Foundation
import ICVDomain
import ICVStorage

/// The flags every command takes, anywhere on the line: `--data DIR`, `--json`, `--help` (or a leading `help`).
struct GlobalOptions {
    var data: String?
    var json = false
    var help = false
    /// The command line with the global flags taken out.
    var remaining: [String] = []

    init(_ arguments: [String]) throws(UsageError) {
        var index = 0
        var passThrough = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if passThrough {
                remaining.append(argument)
                continue
            }
            switch argument {
            case "--":
                passThrough = true
                remaining.append(argument)
            case "--json":
                json = true
            case "--help", "-h":
                help = true
            case "--data":
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError("--data needs a folder (--data DIR).", command: [])
                }
                data = arguments[index]
                index += 1
            case _ where argument.hasPrefix("--data="):
                data = String(argument.dropFirst("--data=".count))
            default:
                remaining.append(argument)
            }
        }
        // `icv help` and `icv help visit log` read as `--help`.
        if remaining.first == "help" {
            help = true
            remaining.removeFirst()
        }
    }
}
