import Foundation
import Testing
import ICVCommandLine
import ICVDomain
import ICVStorage
import ICVTestSupport

/// `icv check`: a sound folder passes; each kind of damage, made by editing a file as a person would, is named with its
/// file and record, exits 1, and leaves every file as it was.
@Suite struct CheckTests {
    /// The small scheme with records of every kind in two financial years:
    /// - CV1 Euston Street, 2 May 2015, 10:00–11:00, V1 and V2 (12 in custody, 4 not available, 8 offered, 7 spoken to),
    ///   with R1 resolved at the visit, R2 referred and I1 open;
    /// - CV2 and CV3 Euston Street, 2 May 2014 at 19:40, V1 and V2: CV3 logged with --allow-duplicate;
    /// - KI1 Dog Unit, 3 May 2015, V6 and V7 (V7's vetting had expired: a warning when logged), with I2 resolved.
    static func scheme() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["arrived": "10:00", "left": "11:00"], extra: ["--request", "refreshments"]))
        try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["issue", "add", "CV1", "--category", "food", "--detail", "Out-of-date food"])
        try icv.succeed(InProcessICV.visit(["date": "2014-05-02"]))
        try icv.succeed(InProcessICV.visit(["date": "2014-05-02", "left": "20:30"], extra: ["--allow-duplicate"]))
        try icv.succeed(["kennel", "log", "--site", "dog-unit", "--date", "2015-05-03", "--arrived", "10:00", "--left", "11:00",
                         "--visitors", "V6,V7", "--dogs-observed", "4"])
        try icv.succeed(["issue", "add", "KI1", "--category", "health-and-safety", "--detail", "Fan broken"])
        try icv.succeed(["issue", "resolve", "I2", "--outcome", "Fan replaced", "--date", "2015-05-10"])
        return icv
    }

    @Test("the small scheme passes, expired vetting and a duplicate logged on purpose included")
    func smallSchemePasses() throws {
        let icv = try Self.scheme()
        let before = icv.snapshot()
        let result = icv.run(["check"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "Checked 8 files: 4 sites, 7 volunteers, 3 custody visits, 1 kennel inspection, 2 requests, 2 issues. No problems found.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("the bundled sample passes")
    func samplePasses() throws {
        // After the sample's last record, so none of it is in the future.
        let icv = try InProcessICV(now: Date(timeIntervalSince1970: 1_748_779_200))
        let sample = SampleData.leicestershire
        try FileManager.default.copyItem(at: sample, to: URL(fileURLWithPath: icv.dataPath))
        let before = icv.snapshot()
        let result = icv.run(["check"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Checked 12 files: 5 sites, 47 volunteers, 239 custody visits, 24 kennel inspections, 220 requests, 10 issues. No problems found.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("a volunteer id repeated by hand is reported by check, and the lists still show rather than stop dead", arguments: [
        ["visit", "list", "--year", "2014"], ["visit", "show", "CV1"], ["kennel", "list"], ["status", "--date", "2015-03-02"],
        ["request", "list"], ["export", "visits", "--year", "2014", "--format", "csv"], ["compliance", "--year", "2014"],
    ])
    func repeatedIDs(command: [String]) throws {
        let icv = try InProcessICV(now: Date(timeIntervalSince1970: 1_748_779_200))
        try FileManager.default.copyItem(at: SampleData.leicestershire, to: URL(fileURLWithPath: icv.dataPath))
        let register = URL(fileURLWithPath: icv.dataPath).appendingPathComponent(DataFile.volunteers.path)
        let text = try String(contentsOf: register, encoding: .utf8)
        try text.replacingOccurrences(of: "\"id\" : \"V2\"", with: "\"id\" : \"V1\"").write(to: register, atomically: true, encoding: .utf8)
        #expect(icv.run(["check"]).exitCode == 1)
        let result = icv.run(command)
        #expect(result.exitCode == 0, "\(result.stderr)")
    }

    // MARK: - Damage

    /// A change made to the folder by hand, and the problems `icv check` must then list, in order.
    struct Damage: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let edit: @Sendable (URL) throws -> Void
        let problems: [String]
        let notChecked: [String]

        init(_ description: String, _ edit: @escaping @Sendable (URL) throws -> Void, _ problems: [String], notChecked: [String] = []) {
            self.testDescription = description
            self.edit = edit
            self.problems = problems
            self.notChecked = notChecked
        }
    }

    /// Rewrites one data file through `change`, as JSON.
    static func editFile(_ file: String, _ change: @escaping @Sendable (inout [String: Any]) throws -> Void) -> @Sendable (URL) throws -> Void {
        { folder in
            let url = folder.appendingPathComponent(file)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            try change(&object)
            try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        }
    }

    /// Changes the fields of one record of a year file or `volunteers.json`.
    static func editRecord(_ file: String, _ id: String, _ change: @escaping @Sendable (inout [String: Any]) -> Void) -> @Sendable (URL) throws -> Void {
        editFile(file) { object in
            let key = try #require(object.keys.first { $0 != "schemaVersion" })
            var records = try #require(object[key] as? [[String: Any]])
            let index = try #require(records.firstIndex { $0["id"] as? String == id })
            change(&records[index])
            object[key] = records
        }
    }

    /// Replaces text in a file, for damage that JSON cannot express.
    static func replace(_ file: String, _ text: String, with replacement: String) -> @Sendable (URL) throws -> Void {
        { folder in
            let url = folder.appendingPathComponent(file)
            let original = try String(contentsOf: url, encoding: .utf8)
            try #require(original.contains(text))
            try Data(original.replacingOccurrences(of: text, with: replacement).utf8).write(to: url)
        }
    }

    static let visitsNotRead = "Not checked: the visits that requests and issues belong to, because visits/2015-16.json could not be read."

    static let damage: [Damage] = [
        Damage("a request to a missing visit", editRecord("requests/2015-16.json", "R2") { $0["visit"] = "CV99" },
               ["requests/2015-16.json R2: It belongs to visit CV99, which does not exist."]),
        Damage("an issue on a missing kennel inspection", editRecord("issues/2015-16.json", "I2") { $0["visit"] = "KI9" },
               ["issues/2015-16.json I2: It belongs to kennel inspection KI9, which does not exist."]),
        Damage("a visit by an unknown volunteer", editRecord("visits/2015-16.json", "CV1") { $0["visitors"] = ["V1", "V99"] },
               ["visits/2015-16.json CV1: Its visitor V99 is not on the register (volunteers.json)."]),
        Damage("a visit to an unknown site", editRecord("visits/2015-16.json", "CV1") { $0["site"] = "oadby" },
               ["visits/2015-16.json CV1: Its site 'oadby' is not in scheme.json."]),
        Damage("an id used in two years", editRecord("visits/2014-15.json", "CV3") { $0["id"] = "CV1" },
               ["visits/2015-16.json CV1: CV1 is used in visits/2014-15.json as well; each visit needs its own id."]),
        Damage("an id used twice in one file", editRecord("volunteers.json", "V4") { $0["id"] = "V3" },
               ["volunteers.json V3: V3 is used more than once in this file; each volunteer needs its own id."]),
        Damage("a site id used twice", editFile("scheme.json") { scheme in
            var sites = try #require(scheme["sites"] as? [[String: Any]])
            sites[2]["id"] = sites[1]["id"]
            scheme["sites"] = sites
        }, ["scheme.json euston-street: The id euston-street is used by Euston Street as well; each site needs its own id."]),
        Damage("a visit in the wrong year's file", editRecord("visits/2014-15.json", "CV3") { $0["date"] = "2015-05-09" },
               ["visits/2014-15.json CV3: It is dated 9 May 2015, in 2015/16, so it belongs in visits/2015-16.json."]),
        Damage("a visit by one visitor", editRecord("visits/2015-16.json", "CV1") { $0["visitors"] = ["V1"] },
               ["visits/2015-16.json CV1: Visits are made in pairs: give at least two visitors with --visitors, separated by commas."]),
        Damage("more offered than available", editRecord("visits/2015-16.json", "CV1") { $0["offered"] = 9 },
               ["visits/2015-16.json CV1: 9 offered a visit is more than the 8 available (12 in custody, 4 not available). Check --offered, --in-custody and --not-available."]),
        Damage("a late admission with no reason", editRecord("visits/2015-16.json", "CV1") { $0["admitted"] = "10:30" },
               ["visits/2015-16.json CV1: The visitors waited 30 minutes to be admitted (arrived 10:00, admitted 10:30). A delay over 10 minutes must be explained: add --delay-reason TEXT."]),
        Damage("a visitor who had left", editRecord("visits/2015-16.json", "CV1") { $0["visitors"] = ["V1", "V5"] },
               ["visits/2015-16.json CV1: Eve Gale (V5) had left the scheme by 2 May 2015, and only active volunteers and probationers may visit. Check the date and the visitors."]),
        Damage("a visit while the site was closed", editRecord("visits/2014-15.json", "CV3") { $0["site"] = "keyham-lane"; $0["date"] = "2014-11-10" },
               ["visits/2014-15.json CV3: Keyham Lane is closed from 3 November 2014 to 14 December 2014 (Refurbishment), so no visit can be logged on 10 November 2014. Check the date and the site."]),
        Damage("a kennel inspection of a custody suite", editRecord("kennel-inspections/2015-16.json", "KI1") { $0["site"] = "euston-street" },
               ["kennel-inspections/2015-16.json KI1: Euston Street is a custody suite, not kennels. Log visits to it with `icv visit log`."]),
        Damage("a visit in the future", editRecord("visits/2015-16.json", "CV1") { $0["date"] = "2015-06-02" },
               ["visits/2015-16.json CV1: 2 June 2015 is in the future (today is 1 June 2015). Check the date."]),
        Damage("a resolved request with no outcome", editRecord("requests/2015-16.json", "R2") { $0["status"] = "resolved"; $0["resolvedOn"] = "2015-05-10" },
               ["requests/2015-16.json R2: It is resolved but has no outcome saying what was done."]),
        Damage("an issue resolved before its visit", editRecord("issues/2015-16.json", "I2") { $0["resolvedOn"] = "2015-05-01" },
               ["issues/2015-16.json I2: It was resolved on 1 May 2015, before its visit on 3 May 2015."]),
        Damage("a left date the status history does not have", editRecord("volunteers.json", "V5") { $0["left"] = nil },
               ["volunteers.json V5: Eve Gale's record gives no day they left, but the status history says they left on 1 March 2015."]),
        Damage("ids.json behind the ids in use", editFile("ids.json") { ids in
            var next = try #require(ids["next"] as? [String: Int])
            next["CV"] = 3
            ids["next"] = next
        }, [#"ids.json: It would give out CV3 next, but CV3 is already in visits/2014-15.json. Set "CV" to 4."#]),
        Damage("a file that does not parse", replace("visits/2015-16.json", #""site" : "euston-street","#, with: #""site" : "euston-street""#),
               ["visits/2015-16.json: It is not valid JSON at line 14, column 7 (expected ',' or '}' in an object). Mend it by hand or restore it from a backup."],
               notChecked: [visitsNotRead]),
        Damage("a value of the wrong form", replace("visits/2015-16.json", "2015-05-02", with: "2015-02-30"),
               ["visits/2015-16.json: It has a value icv cannot read at visits[0].date: '2015-02-30' is not a date (YYYY-MM-DD). Mend it by hand or restore it from a backup."],
               notChecked: [visitsNotRead]),
        Damage("a file from a newer icv", replace("volunteers.json", #""schemaVersion" : 1"#, with: #""schemaVersion" : 2"#),
               ["volunteers.json: It was written by a newer version of icv (schemaVersion 2; this one knows 1). Update icv to check this folder."],
               notChecked: ["Not checked: the visitors named on visits and kennel inspections, because volunteers.json could not be read."]),
        Damage("a year file with another name", { folder in
            try FileManager.default.copyItem(at: folder.appendingPathComponent("requests/2015-16.json"),
                                             to: folder.appendingPathComponent("requests/2015-16 copy.json"))
        }, ["requests/2015-16 copy.json: Its name is not a financial year's (such as 2014-15.json), so icv does not read it. Rename it, or move it out of the data folder."]),
    ]

    @Test("each kind of damage is named with its file and record, exits 1 and changes nothing", arguments: damage)
    func damaged(_ damage: Damage) throws {
        let icv = try Self.scheme()
        try damage.edit(URL(fileURLWithPath: icv.dataPath))
        let before = icv.snapshot()
        let result = icv.run(["check"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "")
        let parts = result.stdout.components(separatedBy: "\n\n")
        #expect(parts.count == 2)
        #expect(parts.first == damage.problems.joined(separator: "\n"))
        let tail = parts.last?.split(separator: "\n").map(String.init) ?? []
        #expect(Array(tail.dropLast()) == damage.notChecked)
        let count = damage.problems.count == 1 ? "1 problem" : "\(damage.problems.count) problems"
        #expect(tail.last?.hasPrefix("Checked ") == true && tail.last?.hasSuffix(". \(count) found.") == true, "\(tail)")
        #expect(icv.snapshot() == before)
    }

    @Test("every unreadable file is reported, file by file, not only the first")
    func everyUnreadableFile() throws {
        let icv = try Self.scheme()
        let folder = URL(fileURLWithPath: icv.dataPath)
        try Data("{\n  \"schemaVersion\" : 1,\n  \"requests\" : [ oops ]\n}\n".utf8).write(to: folder.appendingPathComponent("requests/2015-16.json"))
        try Self.replace("kennel-inspections/2015-16.json", #""schemaVersion" : 1"#, with: #""schemaVersion" : 3"#)(folder)
        try Self.editRecord("visits/2014-15.json", "CV2") { $0["offered"] = 20 }(folder)
        let result = icv.run(["check"])
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
            visits/2014-15.json CV2: 20 offered a visit is more than the 8 available (12 in custody, 4 not available). Check --offered, --in-custody and --not-available.
            kennel-inspections/2015-16.json: It was written by a newer version of icv (schemaVersion 3; this one knows 1). Update icv to check this folder.
            requests/2015-16.json: It is not valid JSON at line 3, column 18 (unexpected character 'o'). Mend it by hand or restore it from a backup.

            Not checked: the kennel inspections that issues belong to, because kennel-inspections/2015-16.json could not be read.
            Checked 8 files: 4 sites, 7 volunteers, 3 custody visits, 0 kennel inspections, 0 requests, 2 issues. 3 problems found.

            """)
    }

    @Test("--json lists the problems with their file and id (null for a whole file) and exits 1")
    func json() throws {
        let icv = try Self.scheme()
        let clean = icv.run(["check", "--json"])
        #expect(clean.exitCode == 0)
        #expect(clean.stdout == """
            {
              "counts" : {
                "custodyVisits" : 3,
                "issues" : 2,
                "kennelInspections" : 1,
                "requests" : 2,
                "sites" : 4,
                "volunteers" : 7
              },
              "files" : 8,
              "notChecked" : [],
              "problems" : []
            }

            """)
        let folder = URL(fileURLWithPath: icv.dataPath)
        try Self.editRecord("requests/2015-16.json", "R2") { $0["visit"] = "CV99" }(folder)
        try Self.replace("ids.json", #""R" : 3"#, with: #""R" : 2"#)(folder)
        let result = icv.run(["check", "--json"])
        #expect(result.exitCode == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == 2)
        #expect(problems.first?["file"] as? String == "ids.json")
        #expect(problems.first?["id"] is NSNull)
        #expect(problems.first?["problem"] as? String == #"It would give out R2 next, but R2 is already in requests/2015-16.json. Set "R" to 3."#)
        #expect(problems.last?["file"] as? String == "requests/2015-16.json")
        #expect(problems.last?["id"] as? String == "R2")
        #expect(object["files"] as? Int == 8)
    }
}
