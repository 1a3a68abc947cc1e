import Foundation
import Testing
import ICVStorage
import ICVTestSupport

/// The data folder survives a process killed mid-commit, a full disk and a read-only folder, with the real binary.
@Suite struct CrashTests {
    /// A visit with two requests: three files (ids, visits, requests) that must land together.
    private static let visit = InProcessICV.visit(["date": "2025-05-02"], extra: ["--request", "blankets", "--request", "tissues"])

    /// The records: every file but the lock, the audit log and the undo entries, whose times differ between runs.
    private func records(_ folder: TemporaryFolder) -> [String: Data] {
        TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data"))
            .filter { $0.key != "audit.jsonl" && !$0.key.hasPrefix(".undo/") }
    }

    @Test("a process killed at any step of a commit leaves a folder the next command repairs: all of the change or none",
          arguments: CommitPoint.allCases)
    func killedMidCommit(point: CommitPoint) throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        let before = records(folder)

        let crashed = try BuiltICV.run(Self.visit + data, in: folder.url, environment: ["ICV_TEST_CRASH_AT": point.rawValue])
        #expect(crashed.killed && crashed.exitCode == SIGKILL, "the crash landed at \(point.rawValue)")
        let left = TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data")).keys
        switch point {
        case .temporariesWritten:
            #expect(left.contains { $0.hasSuffix(".tmp") } && !left.contains(".journal"))
        case .journalWritten, .firstFileMoved, .filesMoved:
            #expect(left.contains(".journal"))
        }

        let next = try BuiltICV.run(["visit", "list"] + data, in: folder.url)
        #expect(next.exitCode == 0)
        let twin = try TemporaryFolder()
        let twinData = try BuiltICV.makeScheme(in: twin)
        #expect(try BuiltICV.run(Self.visit + twinData, in: twin.url).exitCode == 0)
        let expected = point == .temporariesWritten ? before : records(twin)
        #expect(records(folder) == expected)
        let repaired = TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data")).keys
        #expect(!repaired.contains { $0.hasSuffix(".tmp") || $0 == ".journal" })
        let check = try BuiltICV.run(["request", "list", "--json"] + data, in: folder.url)
        let requests = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]]
        #expect(requests?.count == (point == .temporariesWritten ? 0 : 2))
    }

    @Test("a disk that fills during a write fails cleanly, with every file as it was")
    func fullDisk() throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        #expect(try BuiltICV.run(InProcessICV.visit(["date": "2025-05-01"]) + data, in: folder.url).exitCode == 0)
        let before = TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data"))
        let longNotes = String(repeating: "The cells were checked and found clean. ", count: 400)
        let result = try BuiltICV.run(InProcessICV.visit(["date": "2025-05-02", "notes": longNotes]) + data,
                                      in: folder.url, fileSizeLimit: 8)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: Could not write \(folder.path("data"))/visits/2025-26.json: File too large. Nothing was changed; check the disk has space and the folder is writable, then try again.\n")
        #expect(TemporaryFolder.snapshot(of: folder.url.appendingPathComponent("data")) == before)
    }

    @Test("a read-only folder fails cleanly, with every file as it was", .enabled(if: getuid() != 0, "root can write anywhere"))
    func readOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: folder)
        let root = folder.url.appendingPathComponent("data")
        let before = TemporaryFolder.snapshot(of: root)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: root.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.path) }
        let result = try BuiltICV.run(InProcessICV.visit(["date": "2025-05-02"]) + data, in: folder.url)
        #expect(result.exitCode == 1)
        #expect(result.stderr.hasPrefix("error: Could not write \(root.path)/"))
        #expect(TemporaryFolder.snapshot(of: root) == before)
    }
}
