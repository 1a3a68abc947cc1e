import Foundation
import Testing
@testable import ICVCommandLine
import ICVDomain
@testable import ICVStorage
import ICVTestSupport

/// Each rule of `icv check` on its own examples, as SwiftLint tests its rules: every hand edit a rule states it finds
/// fault with is found by that rule alone, and by `icv check` with exactly the problems and warnings stated (exit 1 for a
/// problem, 0 for warnings alone); every edit it states it lets pass (and the example folder itself) passes.
@Suite struct CheckRuleTests {
    /// A rule's example with the rule it belongs to.
    struct RuleExample: CustomTestStringConvertible, Sendable {
        let rule: any CheckRule
        let example: CheckExample

        var testDescription: String { "\(type(of: rule)): \(example.description)" }
    }

    static let triggering = FolderChecker.rules.flatMap { rule in
        type(of: rule).triggeringExamples.map { RuleExample(rule: rule, example: $0) }
    }

    static let nonTriggering = FolderChecker.rules.flatMap { rule in
        (type(of: rule).nonTriggeringExamples + [CheckExample("the example folder as it is")]).map { RuleExample(rule: rule, example: $0) }
    }

    /// The example folder the rules' examples edit: the small scheme of `CheckTests.scheme()`.
    static func exampleFolder(_ edits: [FolderEdit]) throws -> InProcessICV {
        let icv = try CheckTests.scheme()
        for edit in edits {
            try edit.apply(to: URL(fileURLWithPath: icv.dataPath))
        }
        return icv
    }

    private func lines(_ check: FolderCheck) -> [String] {
        (check.problems + check.warnings).map(\.line)
    }

    @Test("every rule states what it checks and at least one edit it finds fault with",
          arguments: FolderChecker.rules.map { String(describing: type(of: $0)) })
    func everyRuleHasExamples(name: String) throws {
        let rule = try #require(FolderChecker.rules.first { String(describing: type(of: $0)) == name })
        #expect(!type(of: rule).summary.isEmpty)
        #expect(!type(of: rule).triggeringExamples.isEmpty)
        #expect(type(of: rule).triggeringExamples.allSatisfy { !$0.problems.isEmpty || !$0.warnings.isEmpty })
    }

    @Test("each edit a rule finds fault with is found by it alone, and by icv check with exactly the lines stated; nothing changes",
          arguments: triggering)
    func triggers(_ case: RuleExample) throws {
        let example = `case`.example
        let icv = try Self.exampleFolder(example.edits)
        let store = FolderStore(root: URL(fileURLWithPath: icv.dataPath))
        let alone = FolderChecker.check(store, now: icv.now, rules: [`case`.rule])
        #expect(alone.problems.map(\.line) == example.problems)
        #expect(alone.warnings.map(\.line) == example.warnings)
        let before = icv.snapshot()
        let result = icv.run(["check"])
        #expect(result.exitCode == (example.problems.isEmpty ? 0 : 1))
        #expect(result.stderr == "")
        var parts = result.stdout.components(separatedBy: "\n\n")
        let tail = parts.removeLast().split(separator: "\n").map(String.init)
        let warnings = example.warnings.isEmpty ? [] : [([CheckCommand.warningsHeading] + example.warnings).joined(separator: "\n")]
        #expect(parts == (example.problems.isEmpty ? [] : [example.problems.joined(separator: "\n")]) + warnings)
        #expect(Array(tail.dropLast()) == example.notChecked)
        let found = (example.problems.isEmpty ? "No problems" : Prose.count(example.problems.count, "problem")) + " found"
        let count = found + (example.warnings.isEmpty ? "." : "; \(Prose.count(example.warnings.count, "warning")).")
        #expect(tail.last?.hasPrefix("Checked ") == true && tail.last?.hasSuffix(". \(count)") == true, "\(tail)")
        #expect(icv.snapshot() == before)
    }

    @Test("each edit a rule lets pass, and the example folder itself, pass that rule and icv check", arguments: nonTriggering)
    func letsPass(_ case: RuleExample) throws {
        let icv = try Self.exampleFolder(`case`.example.edits)
        let store = FolderStore(root: URL(fileURLWithPath: icv.dataPath))
        #expect(lines(FolderChecker.check(store, now: icv.now, rules: [`case`.rule])) == [])
        #expect(icv.run(["check"]).exitCode == 0)
    }
}

extension FolderEdit {
    /// Makes the edit to the folder, as a person would with an editor.
    func apply(to folder: URL) throws {
        switch self {
        case .setFields(let file, let id, let fields):
            try Self.editList(folder.appendingPathComponent(file)) { records in
                guard let index = Self.index(of: id, in: records), case .object(var record) = records[index] else {
                    throw CocoaError(.fileReadCorruptFile)
                }
                for (key, text) in fields {
                    let value = try JSONValue.parse(Data(text.utf8))
                    record.removeAll { $0.key == key }
                    record.append((key, value))
                }
                records[index] = .object(record)
            }
        case .moveToEnd(let file, let id):
            try Self.editList(folder.appendingPathComponent(file)) { records in
                guard let index = Self.index(of: id, in: records) else { throw CocoaError(.fileReadCorruptFile) }
                records.append(records.remove(at: index))
            }
        case .replaceText(let file, let text, let replacement):
            let url = folder.appendingPathComponent(file)
            let original = try String(contentsOf: url, encoding: .utf8)
            guard let range = original.range(of: text) else { throw CocoaError(.fileReadCorruptFile) }
            try Data(original.replacingCharacters(in: range, with: replacement).utf8).write(to: url)
        case .copyFile(let file, let copy):
            try FileManager.default.copyItem(at: folder.appendingPathComponent(file), to: folder.appendingPathComponent(copy))
        }
    }

    /// Changes the list of records in a file and writes the file again.
    private static func editList(_ url: URL, _ change: (inout [JSONValue]) throws -> Void) throws {
        guard case .object(var pairs) = try JSONValue.parse(Data(contentsOf: url)),
              let listIndex = pairs.firstIndex(where: { $0.key != "schemaVersion" }),
              case .array(var records) = pairs[listIndex].value else {
            throw CocoaError(.fileReadCorruptFile)
        }
        try change(&records)
        pairs[listIndex].value = .array(records)
        try JSONValue.object(pairs).prettyText.write(to: url)
    }

    private static func index(of id: String, in records: [JSONValue]) -> Int? {
        records.firstIndex { record in
            guard case .object(let fields) = record else { return false }
            return fields.contains { $0.key == "id" && $0.value.prettyText == JSONValue.string(id).prettyText }
        }
    }
}
