import Foundation
import ICVCommandLine

/// Runs `icv` in this process against a temporary data folder, at a fixed moment so "today" is known: 1 June 2015, noon in London.
public final class InProcessICV {
    public let folder: TemporaryFolder
    public let now: Date

    /// 2015-06-01 11:00 UTC, which is noon British Summer Time.
    public static let defaultNow = Date(timeIntervalSince1970: 1_433_156_400)

    public init(now: Date = InProcessICV.defaultNow) throws {
        folder = try TemporaryFolder()
        self.now = now
    }

    public var dataPath: String { folder.path("data") }

    /// Runs one command line (without the leading `icv`) on the data folder.
    @discardableResult
    public func run(_ arguments: [String], terminal: Terminal = NoTerminal()) -> RunResult {
        Runner.run(arguments + ["--data", dataPath], environment: [:], currentDirectory: folder.url, now: now, terminal: terminal)
    }

    /// Runs a command that must succeed, returning its stdout; a failure stops the test with its stderr.
    @discardableResult
    public func succeed(_ arguments: [String]) throws -> String {
        let result = run(arguments)
        guard result.exitCode == 0 else {
            throw SetupFailure(command: arguments.joined(separator: " "), stderr: result.stderr)
        }
        return result.stdout
    }

    public func snapshot() -> [String: Data] {
        TemporaryFolder.snapshot(of: URL(fileURLWithPath: dataPath))
    }

    /// The records only: the snapshot without the audit log and the undo entries, which every change adds to.
    public func records() -> [String: Data] {
        snapshot().filter { $0.key != "audit.jsonl" && !$0.key.hasPrefix(".undo/") }
    }

    /// The lines of `audit.jsonl`, each parsed.
    public func auditLines() throws -> [[String: Any]] {
        let text = String(decoding: snapshot()["audit.jsonl"] ?? Data(), as: UTF8.self)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// A small scheme: two weekly suites, an occasional one, kennels, and volunteers in every state.
    ///
    /// - V1 Ann Ray, V2 Ben Oke: ICV, active since 2010.
    /// - V3 Cal Dee: ICV, on probation from 2015-01-10, active from 2015-07-10.
    /// - V4 Dee Fox: ICV, suspended from 2015-02-01.
    /// - V5 Eve Gale: ICV, left on 2015-03-01.
    /// - V6 Fay Holt: AWS only. V7 Gus Ivy: AWS and ICV; vetting expired 2015-01-01.
    public static func smallScheme() throws -> InProcessICV {
        let icv = try InProcessICV()
        try icv.succeed(["init", "--name", "Test Scheme"])
        try icv.succeed(["site", "add", "Euston Street", "--kind", "custody-suite"])
        try icv.succeed(["site", "add", "Keyham Lane", "--kind", "custody-suite"])
        try icv.succeed(["site", "add", "Wigston", "--kind", "custody-suite", "--occasional"])
        try icv.succeed(["site", "add", "Dog Unit", "--kind", "kennels"])
        try icv.succeed(["site", "close", "Keyham Lane", "--from", "2014-11-03", "--to", "2014-12-14", "--reason", "Refurbishment"])
        try icv.succeed(["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"])
        try icv.succeed(["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"])
        try icv.succeed(["volunteer", "add", "Cal Dee", "--scheme", "icv", "--joined", "2015-01-10", "--status", "probation"])
        try icv.succeed(["volunteer", "update", "V3", "--status", "active", "--from", "2015-07-10"])
        try icv.succeed(["volunteer", "add", "Dee Fox", "--scheme", "icv", "--joined", "2012-01-01"])
        try icv.succeed(["volunteer", "update", "V4", "--status", "suspended", "--from", "2015-02-01"])
        try icv.succeed(["volunteer", "add", "Eve Gale", "--scheme", "icv", "--joined", "2012-01-01"])
        try icv.succeed(["volunteer", "update", "V5", "--left", "2015-03-01"])
        try icv.succeed(["volunteer", "add", "Fay Holt", "--scheme", "aws", "--joined", "2012-01-01"])
        try icv.succeed(["volunteer", "add", "Gus Ivy", "--scheme", "aws", "--scheme", "icv", "--joined", "2012-01-01",
                         "--vetting-cleared", "2012-01-01", "--vetting-expires", "2015-01-01"])
        return icv
    }

    /// `visit log` arguments for a valid visit to Euston Street by V1 and V2, with any flag replaced or added.
    public static func visit(_ changes: [String: String] = [:], extra: [String] = []) -> [String] {
        var flags: [(String, String)] = [
            ("site", "euston-street"), ("date", "2015-05-02"), ("arrived", "19:40"), ("left", "21:05"),
            ("visitors", "V1,V2"), ("in-custody", "12"), ("not-available", "4"), ("offered", "8"), ("spoken-to", "7"),
        ]
        for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
            if let index = flags.firstIndex(where: { $0.0 == key }) {
                flags[index].1 = value
            } else {
                flags.append((key, value))
            }
        }
        return ["visit", "log"] + flags.filter { !$0.1.isEmpty }.flatMap { ["--\($0.0)", $0.1] } + extra
    }
}

/// A setup command failed: the test's own fixture is wrong.
public struct SetupFailure: Error, CustomStringConvertible {
    public let command: String
    public let stderr: String
    public var description: String { "setup command `icv \(command)` failed: \(stderr)" }

    public init(command: String, stderr: String) {
        self.command = command
        self.stderr = stderr
    }
}
