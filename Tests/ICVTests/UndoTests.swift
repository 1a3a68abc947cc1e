import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// A terminal that gives set answers and remembers what it was asked.
final class ScriptedTerminal: Terminal {
    var answers: [String]
    private(set) var questions: [String] = []

    init(answers: [String]) {
        self.answers = answers
    }

    var isInteractive: Bool { true }

    func ask(_ question: String) -> String? {
        questions.append(question)
        return answers.isEmpty ? nil : answers.removeFirst()
    }
}

/// `icv undo`: the last change put back byte for byte, asked first, walking further back each time.
@Suite struct UndoTests {
    @Test("undo walks back through every kind of change, restoring every file byte for byte each time")
    func walksBack() throws {
        let icv = try InProcessICV.smallScheme()
        let changes: [[String]] = [
            InProcessICV.visit(extra: ["--request", "blankets", "--request", "other:A pen"]),
            ["request", "add", "CV1", "--category", "doctor-or-nurse", "--status", "referred"],
            ["request", "resolve", "R3", "--outcome", "Seen by the nurse", "--date", "2015-05-03"],
            ["issue", "add", "CV1", "--category", "cell-conditions", "--detail", "Cell 4 dirty"],
            ["volunteer", "update", "V2", "--status", "suspended", "--from", "2015-05-20"],
            ["volunteer", "activity", "V1", "--date", "2015-05-10", "--kind", "training", "--hours", "2"],
            ["site", "target", "Euston Street", "2/week", "--from", "2015-04-06", "--to", "2015-05-31"],
            ["site", "close", "Wigston", "--from", "2015-05-01", "--reason", "Mothballed"],
            ["kennel", "log", "--site", "Dog Unit", "--date", "2015-05-05", "--arrived", "10:00", "--left", "11:00",
             "--visitors", "V6,V7", "--dogs-observed", "6"],
            ["site", "add", "Hinckley", "--kind", "custody-suite"],
        ]
        var before: [[String: Data]] = []
        for change in changes {
            before.append(icv.records())
            try icv.succeed(change)
        }
        for (change, expected) in zip(changes, before).reversed() {
            let result = icv.run(["undo", "--yes"])
            #expect(result.exitCode == 0, "undoing \(change.prefix(2))")
            #expect(result.stdout.hasPrefix("Undone: `\(change.prefix(2).joined(separator: " "))` on 1 June 2015 at 12:00"))
            #expect(icv.records() == expected, "undoing \(change.prefix(2)) restores every file")
        }
    }

    @Test("a file's fingerprint changes when any one byte changes, in the eight-byte words or the bytes after them")
    func fingerprintSeesEveryByte() {
        let data = Data("{\n  \"schemaVersion\" : 1\n}\n".utf8)
        #expect(data.count % 8 != 0)
        let original = UndoLog.fingerprint(data)
        for index in data.indices {
            var changed = data
            changed[index] ^= 0x01
            #expect(UndoLog.fingerprint(changed) != original, "byte \(index)")
        }
        #expect(UndoLog.fingerprint(data) == original)
        #expect(UndoLog.fingerprint(of: data, matches: original))
    }

    @Test("two edits to the top bytes of two words do not cancel out in the fingerprint")
    func fingerprintEditsDoNotCancel() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 64)
        for first in stride(from: 7, to: 64, by: 8) {
            for second in stride(from: first + 8, to: 64, by: 8) {
                var changed = data
                changed[first] ^= 0x80
                changed[second] ^= 0x80
                #expect(UndoLog.fingerprint(changed) != UndoLog.fingerprint(data), "bytes \(first) and \(second)")
            }
        }
    }

    @Test("an undo entry written by an earlier icv, with a byte-by-byte fingerprint, is still checked")
    func earlierFingerprints() {
        let data = Data("{\n  \"schemaVersion\" : 1\n}\n".utf8)
        // What icv wrote before fingerprints had a `2:`: FNV-1a, one byte at a time.
        let earlier = "\(data.count)-" + String(data.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }, radix: 16)
        #expect(UndoLog.fingerprint(of: data, matches: earlier))
        #expect(!UndoLog.fingerprint(of: Data("{}\n".utf8), matches: earlier))
    }

    @Test("undoing a record's creation frees its id for the next one")
    func freesID() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        try icv.succeed(["undo", "--yes"])
        #expect(try icv.succeed(InProcessICV.visit()).hasPrefix("Logged CV1:"))
    }

    @Test("with no terminal and no --yes, undo reverts nothing and says so")
    func noTerminal() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(extra: ["--request", "blankets"]))
        let before = icv.snapshot()
        let result = icv.run(["undo"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: Nothing was undone: there is no terminal to ask for confirmation. The last change was `visit log` on 1 June 2015 at 12:00 (CV1, R1). Run `icv undo --yes` to undo it.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("at a terminal undo shows the change and asks; anything but yes keeps it", arguments: ["n", "", "no thanks"])
    func declined(answer: String) throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(extra: ["--request", "blankets"]))
        let before = icv.snapshot()
        let terminal = ScriptedTerminal(answers: [answer])
        let result = icv.run(["undo"], terminal: terminal)
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Nothing was undone.\n")
        #expect(terminal.questions == ["""
            The last change was `visit log` on 1 June 2015 at 12:00 (CV1, R1).
            Undoing it puts back ids.json, and removes visits/2015-16.json and requests/2015-16.json.
            Undo it? [y/N]\u{20}
            """])
        #expect(icv.snapshot() == before)
    }

    @Test("at a terminal, yes undoes the change", arguments: ["y", "Y", "yes"])
    func confirmed(answer: String) throws {
        let icv = try InProcessICV.smallScheme()
        let before = icv.records()
        try icv.succeed(InProcessICV.visit())
        let result = icv.run(["undo"], terminal: ScriptedTerminal(answers: [answer]))
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Undone: `visit log` on 1 June 2015 at 12:00 (CV1).\n15 earlier changes can still be undone.\n")
        #expect(icv.records() == before)
    }

    @Test("a new folder has nothing to undo: init itself cannot be undone")
    func nothingToUndo() throws {
        let icv = try InProcessICV()
        try icv.succeed(["init"])
        let before = icv.snapshot()
        let result = icv.run(["undo", "--yes"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: There is nothing to undo in \(icv.dataPath): no change since the folder was made is left to undo (icv keeps the last 20).\n")
        #expect(icv.snapshot() == before)
    }

    @Test("the last 20 changes can be undone, and no more")
    func keepsTwenty() throws {
        let icv = try InProcessICV.smallScheme()
        for day in 1...10 {
            try icv.succeed(InProcessICV.visit(["date": String(format: "2015-05-%02d", day)]))
        }
        for _ in 1...20 {
            try icv.succeed(["undo", "--yes"])
        }
        let result = icv.run(["undo", "--yes"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("There is nothing to undo"))
        #expect(!icv.snapshot().keys.contains { $0.hasPrefix(".undo/") })
    }

    @Test("a file changed by hand since the change is not undone over: nothing is undone and it says which")
    func handEdit() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        let path = URL(fileURLWithPath: icv.dataPath).appendingPathComponent("visits/2015-16.json")
        let edited = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "\"inCustody\" : 12", with: "\"inCustody\" : 13")
        try Data(edited.utf8).write(to: path)
        let before = icv.snapshot()
        let result = icv.run(["undo", "--yes"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: Nothing was undone: visits/2015-16.json has changed since `visit log` on 1 June 2015 at 12:00 (CV1) wrote it (edited by hand, or restored from a backup), and undoing would lose that. Put the change right by hand, or with the commands that made it.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("consecutive ids read as ranges", arguments: [
        (["CV1", "CV2", "CV3", "R1", "R3", "R4"], "CV1–CV3, R1, R3–R4"), (["euston-street"], "euston-street"), (["V2"], "V2"),
    ])
    func ranges(ids: [String], text: String) {
        #expect(UndoCommand.idRanges(ids) == text)
    }

    @Test("undo --json prints the change it undid")
    func json() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        let output = try icv.succeed(["undo", "--yes", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let undone = try #require(object["undone"] as? [String: Any])
        #expect(undone["command"] as? String == "visit log")
        #expect(undone["ids"] as? [String] == ["CV1"])
        #expect(undone["time"] as? String == "2015-06-01T12:00:00+01:00")
        #expect(object["remaining"] as? Int == 15)
    }
}

/// `audit.jsonl`: one line per change, with its time and offset, the command's words and the ids, and no personal data.
@Suite struct AuditTests {
    @Test("every change adds one line: time with offset, command, ids")
    func linePerChange() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(extra: ["--request", "blankets"]))
        try icv.succeed(["request", "add", "CV1", "--category", "doctor-or-nurse", "--status", "referred", "--detail", "Wants a nurse"])
        try icv.succeed(["request", "resolve", "R2", "--outcome", "Seen", "--date", "2015-05-03"])
        try icv.succeed(["undo", "--yes"])
        let lines = try icv.auditLines()
        #expect(lines.count == 20)
        #expect(lines.first?["command"] as? String == "init")
        #expect(lines[1]["ids"] as? [String] == ["euston-street"])
        #expect(lines[7]["command"] as? String == "volunteer add")
        #expect(lines[7]["ids"] as? [String] == ["V2"])
        let last = lines.suffix(4)
        #expect(last.map { $0["command"] as? String } == ["visit log", "request add", "request resolve", "undo"])
        #expect(last.map { $0["ids"] as? [String] } == [["CV1", "R1"], ["R2"], ["R2"], ["R2"]])
        #expect(last.map { $0["time"] as? String } == Array(repeating: "2015-06-01T12:00:00+01:00", count: 4))
        let reverts = try #require(lines.last?["reverts"] as? [String: String])
        #expect(reverts == ["command": "request resolve", "time": "2015-06-01T12:00:00+01:00"])
    }

    @Test("the audit log holds no names, contact details or notes typed on the command line")
    func noPersonalData() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(["volunteer", "update", "V1", "--email", "ann@example.org", "--phone", "0116 496 0000"])
        try icv.succeed(InProcessICV.visit(["notes": "Cell 3 cold"], extra: ["--request", "other:Wants a pen"]))
        let text = String(decoding: icv.snapshot()["audit.jsonl"] ?? Data(), as: UTF8.self)
        for personal in ["Ann Ray", "Ben Oke", "Gus Ivy", "ann@example.org", "0116", "Cell 3", "Wants a pen", "Test Scheme"] {
            #expect(!text.contains(personal), "\(personal) is in the audit log")
        }
    }

    @Test("a rejected command or one that only reads adds no line")
    func noLineWithoutChange() throws {
        let icv = try InProcessICV.smallScheme()
        let before = icv.snapshot()
        #expect(icv.run(InProcessICV.visit(["visitors": "V1"])).exitCode == 1)
        try icv.succeed(["visit", "list"])
        try icv.succeed(["status"])
        // Only status's caches of what it found: no audit line, no record changed.
        #expect(icv.snapshot().filter { !$0.key.hasPrefix(".") } == before.filter { !$0.key.hasPrefix(".") })
    }
}
