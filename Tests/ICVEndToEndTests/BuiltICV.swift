import Foundation
import ICVTestSupport

/// The `icv` executable that `swift build` put beside this test bundle, run as a user runs it.
enum BuiltICV {
    /// The repository, found from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var executable: URL {
        get throws {
            let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                              Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
                + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
            for folder in candidates {
                let binary = folder.appendingPathComponent("icv")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
            }
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "icv beside \(CommandLine.arguments[0])"])
        }
    }

    struct Output {
        let exitCode: Int32
        let stdout: String
        let stderr: String
        /// Whether a signal ended it (then `exitCode` is the signal's number).
        let killed: Bool
    }

    /// Runs `icv` with the arguments in `directory`, with only the environment given (no ICV_DATA unless asked);
    /// `fileSizeLimit` (in KiB) makes any file write beyond it fail, as on a full disk.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    fileSizeLimit: Int? = nil) throws -> Output {
        let process = Process()
        if let limit = fileSizeLimit {
            // The shell ignores SIGXFSZ so that icv, which inherits that, sees the write fail (EFBIG) instead of dying.
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "ulimit -f \(limit); trap '' XFSZ; exec \"$0\" \"$@\"", try executable.path] + arguments
        } else {
            process.executableURL = try executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC"].merging(environment) { $1 }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(exitCode: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), killed: process.terminationReason == .uncaughtSignal)
    }

    /// A new scheme made through the binary, with two suites and a pair of volunteers; returns the `--data` arguments.
    static func makeScheme(in folder: TemporaryFolder) throws -> [String] {
        let data = ["--data", folder.path("data")]
        for arguments in [
            ["init", "--name", "End to End"],
            ["site", "add", "Euston Street", "--kind", "custody-suite"],
            ["site", "add", "Keyham Lane", "--kind", "custody-suite"],
            ["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"],
            ["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"],
        ] {
            let result = try run(arguments + data, in: folder.url)
            guard result.exitCode == 0 else { throw SetupFailure(command: arguments.joined(separator: " "), stderr: result.stderr) }
        }
        return data
    }
}
