import Foundation
import Testing
import ICVTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SPEC "Hostile input and faults", item by item through the built binary: the exact message, the exit code, and the
/// data folder unchanged wherever nothing may change.
@Suite struct HostileInputTests {
    // MARK: - Data lost or corrupted by icv itself

    @Test("1. --output refuses the data folder, a device, a named pipe and a folder where a file is wanted")
    func outputPaths() throws {
        let scheme = try BuiltScheme()
        let inside = scheme.root.appendingPathComponent("volunteers.json").path
        try scheme.refuse(["report", "annual", "--year", "2025", "--output", inside],
                          "\(inside) is inside the data folder \(scheme.path); --output never writes there, so that icv's own files cannot be overwritten. Give a path outside it.")
        try scheme.refuse(["export", "visits", "--format", "csv", "--output", "data/visits/x.csv"],
                          "\(scheme.path)/visits/x.csv is inside the data folder \(scheme.path); --output never writes there, so that icv's own files cannot be overwritten. Give a path outside it.")
        try scheme.refuse(["report", "annual", "--year", "2025", "--format", "csv", "--output", "data/tables"],
                          "\(scheme.path)/tables is inside the data folder \(scheme.path); --output never writes there, so that icv's own files cannot be overwritten. Give a path outside it.")
        try scheme.refuse(["export", "visits", "--format", "csv", "--output", "/dev/null"],
                          "/dev/null is a device, not a regular file; --output writes only to files. Give the path of a file.")
        let pipe = scheme.folder.path("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        try scheme.refuse(["report", "annual", "--year", "2025", "--output", pipe],
                          "\(pipe) is a named pipe, not a regular file; --output writes only to files. Give the path of a file.")
        try scheme.refuse(["report", "annual", "--year", "2025", "--output", scheme.folder.path],
                          "\(scheme.folder.path) is a folder, not a regular file; --output writes only to files. Give the path of a file.")
        try scheme.run(["export", "visits", "--format", "csv", "--output", "visits.csv"], expect: 0)
    }

    @Test("2. a number beyond what icv reads, or not finite, is refused with its line and column")
    func numbersOutOfRange() throws {
        let scheme = try BuiltScheme()
        try scheme.run(["volunteer", "activity", "V1", "--date", "2025-05-01", "--kind", "training", "--hours", "2"], expect: 0)
        for (written, problem) in [("1e400", "1e400 is too large to be a number"),
                                   ("1e300", "1e300 is more than 9,999,999,999, the largest number icv reads")] {
            try scheme.replace("volunteers.json", #""hours" : 2"#, with: #""hours" : \#(written)"#)
            let (line, column) = try scheme.position(of: written, in: "volunteers.json")
            for command in [["volunteer", "show", "V1"], ["volunteer", "list"]] {
                try scheme.refuse(command, "\(scheme.path)/volunteers.json has a number icv cannot read at line \(line), column \(column) (\(problem)). The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
            }
            let check = try scheme.run(["check"], expect: 1)
            #expect(check.stdout.hasPrefix("volunteers.json: It has a number icv cannot read at line \(line), column \(column) (\(problem))."))
            try scheme.replace("volunteers.json", #""hours" : \#(written)"#, with: #""hours" : 2"#)
        }
    }

    @Test("3. bytes that are not UTF-8 inside a string are refused like any syntax error, and check reports them")
    func invalidUTF8() throws {
        let scheme = try BuiltScheme()
        let url = scheme.file("volunteers.json")
        let (line, column) = try scheme.position(of: "Ray", in: "volunteers.json")
        var bytes = try Data(contentsOf: url)
        let name = try #require(bytes.range(of: Data("Ann Ray".utf8)))
        bytes.insert(contentsOf: [0xFF, 0xC3], at: name.lowerBound + 4)
        try bytes.write(to: url)
        try scheme.refuse(["volunteer", "list"], "\(scheme.path)/volunteers.json is not valid JSON at line \(line), column \(column) (a byte that is not UTF-8 inside a string). The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
        let check = try scheme.run(["check"], expect: 1)
        #expect(check.stdout.hasPrefix("volunteers.json: It is not valid JSON at line \(line), column \(column) (a byte that is not UTF-8 inside a string)."))
    }

    @Test("4. fields icv does not know, at the top of a file or in a record, survive a rewrite")
    func unknownFieldsKept() throws {
        let scheme = try BuiltScheme()
        try scheme.replace("volunteers.json", #""schemaVersion" : 1"#, with: #""coordinatorNote" : "kept", "schemaVersion" : 1"#)
        try scheme.replace("volunteers.json", #""name" : "Ann Ray""#, with: #""name" : "Ann Ray", "zzBadge" : [1, true]"#)
        try scheme.run(["volunteer", "add", "Cy Dale", "--scheme", "icv", "--joined", "2020-01-01"], expect: 0)
        let text = try scheme.text("volunteers.json")
        #expect(text.contains(#""coordinatorNote" : "kept""#))
        #expect(text.contains(#""zzBadge" : ["#))
        #expect(text.contains("Cy Dale"))
    }

    // MARK: - Crashes

    @Test("5. counts, ids and undo entries at Int.max are refused or ignored, never a trap")
    func boundsOnCounts() throws {
        let scheme = try BuiltScheme()
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-03", "in-custody": "10000"]),
                          "--in-custody 10000 is too many: a count is at most 9,999.")
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-03", "in-custody": "9223372036854775807"]),
                          "--in-custody 9223372036854775807 is too many: a count is at most 9,999.")
        try scheme.replace("visits/2025-26.json", #""inCustody" : 12"#, with: #""inCustody" : 9223372036854775807"#)
        let (line, column) = try scheme.position(of: "9223372036854775807", in: "visits/2025-26.json")
        try scheme.refuse(["report", "annual", "--year", "2025"], "\(scheme.path)/visits/2025-26.json has a number icv cannot read at line \(line), column \(column) (9223372036854775807 is more than 9,999,999,999, the largest number icv reads). The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
        try scheme.replace("visits/2025-26.json", "9223372036854775807", with: "99999")
        let check = try scheme.run(["check"], expect: 1)
        #expect(check.stdout.hasPrefix("visits/2025-26.json CV1: --in-custody is 99999; a count is at most 9,999."))
        try scheme.refuse(["report", "annual", "--year", "2025"], """
            1 record that the 2025/26 report counts breaks a rule that `icv check` checks, so its figures cannot be trusted:
              visits/2025-26.json CV1: --in-custody is 99999; a count is at most 9,999.
            Mend it (by hand, or with `icv undo` if it was the last change), run `icv check` to see the whole folder is sound, then run this again.
            """)
        try scheme.replace("visits/2025-26.json", "99999", with: "12")

        let undo = scheme.file(".undo/9223372036854775807")
        try FileManager.default.createDirectory(at: undo, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: undo.appendingPathComponent("entry.json"))
        try scheme.run(InProcessICV.visit(["date": "2025-05-04"]), expect: 0)
        #expect(!FileManager.default.fileExists(atPath: undo.path))

        try scheme.replace("ids.json", #""CV" : 3"#, with: #""CV" : 9223372036854775807"#)
        let idPosition = try scheme.position(of: "9223372036854775807", in: "ids.json")
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-05"]), "\(scheme.path)/ids.json has a number icv cannot read at line \(idPosition.line), column \(idPosition.column) (9223372036854775807 is more than 9,999,999,999, the largest number icv reads). The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
    }

    @Test("6. years outside 1900 to 2999 and ranges over 100 years are refused")
    func boundsOnYears() throws {
        let scheme = try BuiltScheme()
        try scheme.refuse(["compliance", "--year", "9999"], "--year 9999 is outside the years icv keeps, 1900 to 2999.")
        try scheme.refuse(["report", "annual", "--year", "9999"], "--year 9999 is outside the years icv keeps, 1900 to 2999.")
        try scheme.refuse(["compliance", "--from", "2026-01-01", "--to", "9999-12-31"],
                          "--to 9999-12-31 is outside the years icv keeps, 1900 to 2999.")
        try scheme.refuse(["compliance", "--from", "1950-01-01", "--to", "2050-01-01"],
                          "--from 1950-01-01 to --to 2050-01-01 is more than 100 years. Give a shorter range.")
        try scheme.refuse(["status", "--date", "1899-12-31"], "--date 1899-12-31 is outside the years icv keeps, 1900 to 2999.")
        try scheme.replace("visits/2025-26.json", #""date" : "2025-05-02""#, with: #""date" : "9999-05-02""#)
        try scheme.refuse(["visit", "list"], "\(scheme.path)/visits/2025-26.json has a value icv cannot read at visits[0].date: '9999-05-02' is outside the years icv keeps, 1900 to 2999. The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
    }

    @Test("7. stdout that cannot be written is exit 1 with a message, which says a change was saved")
    func stdoutFails() throws {
        let scheme = try BuiltScheme()
        let executable = try BuiltICV.executable.path
        func runToFullDevice(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "exec \"$0\" \"$@\" > /dev/full", executable] + arguments + scheme.data
            process.currentDirectoryURL = scheme.folder.url
            let stderr = Pipe()
            process.standardError = stderr
            try process.run()
            let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        let list = try runToFullDevice(["visit", "list"])
        #expect(list.status == 1)
        #expect(list.stderr == "error: Could not write the output (No space left on device).\n")
        let add = try runToFullDevice(["site", "add", "Wigston", "--kind", "custody-suite"])
        #expect(add.status == 1)
        #expect(add.stderr == "error: Could not write the output (No space left on device). The change itself was saved.\n")
        #expect(try scheme.text("scheme.json").contains("Wigston"))
    }

    // MARK: - Housekeeping files

    @Test("9. a .journal or an undo entry naming a file outside the folder is refused, and nothing is rolled")
    func housekeepingPaths() throws {
        let scheme = try BuiltScheme()
        let victim = scheme.folder.url.appendingPathComponent("victim.txt")
        try Data("mine".utf8).write(to: victim)
        let journal = #"{"auditLine" : null, "moves" : [], "removals" : ["../victim.txt"], "schemaVersion" : 1}"#
        try Data(journal.utf8).write(to: scheme.file(".journal"))
        try scheme.refuse(["visit", "list"], "\(scheme.path)/.journal names ../victim.txt, which is not one of the data folder's own files, so icv has not acted on it and nothing was changed. Move it out of the data folder (keep it, in case it shows what happened), then run the command again.")
        let newer = #"{"auditLine" : null, "moves" : [], "removals" : [], "schemaVersion" : 2}"#
        try Data(newer.utf8).write(to: scheme.file(".journal"))
        try scheme.refuse(["visit", "list"], "\(scheme.path)/.journal was written by a newer version of icv (schemaVersion 2; this one knows 1). It has not been changed: update icv to use this folder.")
        try FileManager.default.removeItem(at: scheme.file(".journal"))

        let entry = #"{"command" : "x", "files" : [{"existed" : false, "path" : "../victim.txt", "written" : "2:0-0"}], "ids" : [], "schemaVersion" : 1, "time" : "2025-05-02T10:00:00+00:00"}"#
        try FileManager.default.createDirectory(at: scheme.file(".undo/99"), withIntermediateDirectories: true)
        try Data(entry.utf8).write(to: scheme.file(".undo/99/entry.json"))
        try scheme.refuse(["undo", "--yes"], "\(scheme.path)/.undo/99/entry.json names ../victim.txt, which is not one of the data folder's own files, so icv has not acted on it and nothing was changed. Move it out of the data folder (keep it, in case it shows what happened), then run the command again.")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "mine")
    }

    @Test("10. .lock, .journal and audit.jsonl that are symbolic links are not followed")
    func housekeepingLinks() throws {
        let scheme = try BuiltScheme()
        let elsewhere = scheme.folder.url.appendingPathComponent("elsewhere.txt")
        try Data("mine".utf8).write(to: elsewhere)
        for name in ["audit.jsonl", ".lock", ".journal"] {
            let link = scheme.file(name)
            try? FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
            try scheme.refuse(["site", "add", "Wigston", "--kind", "custody-suite"], "\(link.path) is a symbolic link, which icv never follows for its own files, so icv has not acted on it and nothing was changed. Move it out of the data folder (keep it, in case it shows what happened), then run the command again.")
            try FileManager.default.removeItem(at: link)
        }
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "mine")
    }

    @Test("11. undo whose kept file is missing changes nothing, and the next commands find the folder whole")
    func undoWithMissingFile() throws {
        let scheme = try BuiltScheme()
        try scheme.run(["site", "add", "Wigston", "--kind", "custody-suite"], expect: 0)
        let number = try #require(try FileManager.default.contentsOfDirectory(atPath: scheme.file(".undo").path).compactMap(Int.init).max())
        try FileManager.default.removeItem(at: scheme.file(".undo/\(number)/files/scheme.json"))
        try scheme.refuse(["undo", "--yes"], "Nothing was undone: \(scheme.path)/.undo/\(number) has lost its copy of scheme.json, so the change cannot be undone whole. Put that change right by hand, or with the commands that made it.")
        try scheme.run(InProcessICV.visit(["date": "2025-05-06"]), expect: 0)
        let ids = try BuiltICV.run(["visit", "list", "--json"] + scheme.data, in: scheme.folder.url).stdout
        #expect(ids.components(separatedBy: #""id" : "CV2""#).count == 2)
    }

    @Test("12. ids.json below the ids in use, or not an id, is refused by a write and reported by check")
    func idCounters() throws {
        let scheme = try BuiltScheme()
        try scheme.replace("ids.json", #""CV" : 2"#, with: #""CV" : -3"#)
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-03"]), "\(scheme.path)/ids.json would give out CV-3 next, which is not an id (ids run from CV1 to CV999999999). Nothing was changed. Run `icv check`, which says how to set it right.")
        var check = try scheme.run(["check"], expect: 1)
        #expect(check.stdout.hasPrefix(#"ids.json: It would give out CV-3 next, which is not an id (ids run from CV1 to CV999999999). Set "CV" to 2."#))
        try scheme.replace("ids.json", #""CV" : -3"#, with: #""CV" : 1"#)
        try scheme.refuse(InProcessICV.visit(["date": "2025-05-03"]), "ids.json gave out CV1 for the new record, but \(scheme.path)/visits/2025-26.json already has ids up to CV1. Nothing was changed. Run `icv check`, which says how to set ids.json right.")
        check = try scheme.run(["check"], expect: 1)
        #expect(check.stdout.hasPrefix(#"ids.json: It would give out CV1 next, but CV1 is already in visits/2025-26.json. Set "CV" to 2."#))
        // The register is written whole rather than added to: it is held to the same rule.
        try scheme.replace("ids.json", #""V" : 3"#, with: #""V" : 2"#)
        try scheme.refuse(["volunteer", "add", "Cy Dale", "--scheme", "icv", "--joined", "2020-01-01"], "ids.json gave out V2 for the new record, but \(scheme.path)/volunteers.json already has ids up to V2. Nothing was changed. Run `icv check`, which says how to set ids.json right.")
    }

    // MARK: - Honest endings

    @Test("13. recovery appends the audit line of the change it finishes exactly once, even after a cut-short append")
    func recoveryAuditLine() throws {
        let scheme = try BuiltScheme()
        let crashed = try BuiltICV.run(["site", "add", "Wigston", "--kind", "custody-suite"] + scheme.data, in: scheme.folder.url,
                                       environment: ["ICV_TEST_CRASH_AT": "files-moved"])
        #expect(crashed.killed)
        let journal = try JSONSerialization.jsonObject(with: Data(contentsOf: scheme.file(".journal"))) as? [String: Any]
        let line = try #require(journal?["auditLine"] as? String)
        let handle = try FileHandle(forWritingTo: scheme.file("audit.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(line.prefix(20).utf8))
        try handle.close()
        try scheme.run(["visit", "list"], expect: 0)
        let lines = try scheme.text("audit.jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0 == line }.count == 1)
        #expect(lines.last == "" && lines.dropLast().allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
    }

    @Test("14. a failure after the journal is written says the change is saved, and reads while it is pending say so")
    func failureAfterJournal() throws {
        let scheme = try BuiltScheme()
        // An audit log that cannot be appended to: the change's files are in place, its audit line is not.
        try FileManager.default.removeItem(at: scheme.file("audit.jsonl"))
        try FileManager.default.createDirectory(at: scheme.file("audit.jsonl"), withIntermediateDirectories: false)
        let kept = "The change is kept in \(scheme.path)/.journal, and the next icv command on this folder completes it once the disk has space and the folder is writable."
        let add = try scheme.run(["site", "add", "Wigston", "--kind", "custody-suite"], expect: 1)
        #expect(add.stderr == "error: Could not finish writing \(scheme.path)/audit.jsonl: Is a directory. \(kept)\n")
        try scheme.refuse(["site", "list"], "Could not finish writing \(scheme.path)/audit.jsonl: it could not be read. \(kept)")
        try FileManager.default.removeItem(at: scheme.file("audit.jsonl"))
        let list = try scheme.run(["site", "list"], expect: 0)
        #expect(list.stdout.contains("Wigston"))
        #expect(try scheme.text("audit.jsonl").contains(#""command":"site add""#))
    }

    @Test("15. of twelve init at once on one new folder, exactly one creates it")
    func concurrentInit() throws {
        let folder = try TemporaryFolder()
        let executable = try BuiltICV.executable
        let processes = (1...12).map { number in
            let process = Process()
            process.executableURL = executable
            process.arguments = ["init", "--data", folder.path("new"), "--name", "Scheme \(number)"]
            process.standardOutput = Pipe()
            process.standardError = Pipe()
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.filter { $0.terminationStatus == 0 }.count == 1)
        #expect(processes.filter { $0.terminationStatus == 1 }.count == 11)
    }

    // MARK: - Terminal and spreadsheets

    @Test("16. control characters are refused in names and shown escaped from stored text")
    func controlCharacters() throws {
        let scheme = try BuiltScheme()
        try scheme.refuse(["volunteer", "add", "Ann\u{1B}[2J Ray", "--scheme", "icv", "--joined", "2020-01-01"],
                          "A volunteer's name holds a control character (U+001B), which would change how lists and reports show it. Type the name again without it.")
        try scheme.refuse(["site", "add", "Wig\u{202E}ston", "--kind", "custody-suite"],
                          "A site's name holds a control character (U+202E), which would change how lists and reports show it. Type the name again without it.")
        try scheme.replace("volunteers.json", #""name" : "Ann Ray""#, with: #""name" : "Ann\u001b[2J\u0007\u009b Ray""#)
        for command in [["volunteer", "list"], ["visit", "show", "CV1"], ["volunteer", "show", "V1"]] {
            let result = try scheme.run(command, expect: 0)
            #expect(result.stdout.contains(#"Ann\u{1B}[2J\u{7}\u{9B} Ray"#), "\(command)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
        let error = try scheme.run(["visit", "log", "--site", "euston-street", "--date", "2025-05-09", "--arrived", "10:00",
                                    "--left", "11:00", "--visitors", "V1,V1", "--in-custody", "1", "--offered", "1",
                                    "--spoken-to", "1"], expect: 1)
        #expect(error.stderr.contains(#"Ann\u{1B}[2J\u{7}\u{9B} Ray"#))
        let json = try scheme.run(["volunteer", "show", "V1", "--json"], expect: 0)
        #expect(json.stdout.contains(#"Ann\u001b[2J\u0007"#))
    }

    @Test("17. CSV cells that would start a formula are guarded with an apostrophe that import takes off again")
    func spreadsheetInjection() throws {
        let scheme = try BuiltScheme()
        let notes = "=HYPERLINK(\"http://x\",\"y\")"
        try scheme.run(InProcessICV.visit(["date": "2025-05-03", "notes": notes]), expect: 0)
        try scheme.run(InProcessICV.visit(["date": "2025-05-04", "notes": "'@already quoted"]), expect: 0)
        let csv = try scheme.run(["export", "visits", "--format", "csv"], expect: 0).stdout
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        #expect(csv.contains(",''@already quoted"))
        try Data(csv.utf8).write(to: scheme.folder.url.appendingPathComponent("visits.csv"))

        let other = try TemporaryFolder()
        let data = try BuiltICV.makeScheme(in: other)
        try FileManager.default.copyItem(at: scheme.folder.url.appendingPathComponent("visits.csv"), to: other.url.appendingPathComponent("visits.csv"))
        #expect(try BuiltICV.run(["import", "visits", "visits.csv"] + data, in: other.url).exitCode == 0)
        let again = try BuiltICV.run(["export", "visits", "--format", "csv"] + data, in: other.url).stdout
        #expect(again == csv)
    }

    // MARK: - Smaller

    @Test("18. schemaVersion 0 or below is refused")
    func schemaVersionBelowOne() throws {
        let scheme = try BuiltScheme()
        try scheme.replace("scheme.json", #""schemaVersion" : 1"#, with: #""schemaVersion" : 0"#)
        try scheme.refuse(["status"], "\(scheme.path)/scheme.json has a value icv cannot read at schemaVersion: 0 is not a version icv writes; the first was 1. The file has not been changed: mend it by hand or restore it from a backup, then run the command again.")
    }
}
