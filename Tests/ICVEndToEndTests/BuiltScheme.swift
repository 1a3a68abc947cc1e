import Foundation
import Testing
import ICVTestSupport

/// A new scheme made through the binary (Euston Street, Keyham Lane; V1 Ann Ray and V2 Ben Oke) and one visit, CV1.
struct BuiltScheme {
    let folder: TemporaryFolder
    let data: [String]
    var root: URL { folder.url.appendingPathComponent("data") }
    var path: String { root.path }

    init() throws {
        folder = try TemporaryFolder()
        data = try BuiltICV.makeScheme(in: folder)
        _ = try run(InProcessICV.visit(["date": "2025-05-02"]), expect: 0)
    }

    @discardableResult
    func run(_ arguments: [String], expect exitCode: Int32) throws -> BuiltICV.Output {
        let result = try BuiltICV.run(arguments + data, in: folder.url)
        #expect(result.exitCode == exitCode, "\(arguments): \(result.stderr)")
        #expect(!result.killed)
        return result
    }

    /// Runs a command that must be refused with exactly `message`, leaving every file of the folder as it was.
    func refuse(_ arguments: [String], _ message: String, exitCode: Int32 = 1) throws {
        let before = snapshot()
        let result = try run(arguments, expect: exitCode)
        #expect(result.stderr == "error: \(message)\n")
        #expect(snapshot() == before, "\(arguments) changed the folder")
    }

    func snapshot() -> [String: Data] { TemporaryFolder.snapshot(of: root) }

    func file(_ name: String) -> URL { root.appendingPathComponent(name) }

    func text(_ name: String) throws -> String { try String(contentsOf: file(name), encoding: .utf8) }

    func replace(_ name: String, _ old: String, with new: String) throws {
        let original = try text(name)
        #expect(original.contains(old), "\(name) holds \(old)")
        try Data(original.replacingOccurrences(of: old, with: new).utf8).write(to: file(name))
    }

    /// Line and column (1-based, in characters) where `text` first appears in the file.
    func position(of text: String, in name: String) throws -> (line: Int, column: Int) {
        let content = try self.text(name)
        let before = content[..<(content.range(of: text)?.lowerBound ?? content.startIndex)]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}
