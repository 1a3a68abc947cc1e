import Foundation
import Testing
import ICVCommandLine
import ICVTestSupport

/// `icv import visits` and `icv export …`: every row checked as `visit log` checks it, all or nothing; exports as whole texts;
/// an export that re-imports into a fresh folder as the same files.
@Suite struct ImportExportTests {
    static let header = "site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes\n"

    /// Writes a file beside the data folder, where a relative path given to the command finds it.
    @discardableResult
    private func write(_ text: String, to name: String = "visits.csv", in icv: InProcessICV) throws -> String {
        try Data(text.utf8).write(to: icv.folder.url.appendingPathComponent(name))
        return name
    }

    private func visits(_ icv: InProcessICV, _ year: String) throws -> [[String: Any]] {
        let data = try #require(icv.snapshot()["visits/\(year).json"])
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["visits"] as? [[String: Any]])
    }

    /// Expects a rejection with this exact stderr, and no file changed.
    private func expectRejected(_ icv: InProcessICV, _ arguments: [String], exitCode: Int32 = 1, stderr: String,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let before = icv.snapshot()
        let result = icv.run(arguments)
        #expect(result.exitCode == exitCode, sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        #expect(result.stderr == stderr, sourceLocation: sourceLocation)
        #expect(icv.snapshot() == before, "a rejected import must change nothing", sourceLocation: sourceLocation)
    }

    // MARK: - Import

    @Test("rows in two financial years land in two year files, with names or ids, quoted notes and a summary")
    func importAcrossYears() throws {
        let icv = try InProcessICV.smallScheme()
        try write(Self.header + """
            euston-street,2015-03-02,19:40,21:05,Ann Ray;Ben Oke,12,8,7,19:44,"Quiet, clean"
            Keyham Lane,2015-05-02,10:00,11:00,V1; V2,3,2,2,,
            WIGSTON,2015-05-03,23:20,00:35,V1;V2,5,3,3,23:24,"Said ""thanks""
            and slept"

            """, in: icv)
        let result = icv.run(["import", "visits", "visits.csv"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "Imported 3 visits (CV1–CV3) from visits.csv: 1 in 2014/15, 2 in 2015/16.\n")
        let earlier = try visits(icv, "2014-15")
        #expect(earlier.map { $0["id"] as? String } == ["CV1"])
        #expect(earlier.first?["notes"] as? String == "Quiet, clean")
        #expect(earlier.first?["visitors"] as? [String] == ["V1", "V2"])
        let later = try visits(icv, "2015-16")
        #expect(later.map { $0["id"] as? String } == ["CV2", "CV3"])
        #expect(later.map { $0["site"] as? String } == ["keyham-lane", "wigston"])
        #expect(later[0]["admitted"] == nil)
        #expect(later[0]["notes"] == nil)
        #expect(later[0]["notAvailable"] as? Int == 0)
        #expect(later[1]["notes"] as? String == "Said \"thanks\"\nand slept")
        let listed = try icv.succeed(["visit", "list", "--json"])
        #expect(listed.components(separatedBy: "\"id\"").count == 4)
    }

    @Test("--json prints the visits created; the optional columns are read; a BOM and CRLF are taken in stride")
    func importJSON() throws {
        let icv = try InProcessICV.smallScheme()
        try write("\u{FEFF}delay_reason,Notes,not_available,site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted\r\n"
                  + "Alarm in the cell block,,4,euston-street,2015-05-02,19:40,21:05,V1;V2,12,8,7,20:05\r\n", in: icv)
        let output = try icv.succeed(["import", "visits", "visits.csv", "--json"])
        let visits = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(visits.count == 1)
        #expect(visits[0]["id"] as? String == "CV1")
        #expect(visits[0]["delayReason"] as? String == "Alarm in the cell block")
        #expect(visits[0]["notAvailable"] as? Int == 4)
        #expect(visits[0]["declined"] as? Int == 1)
    }

    @Test("expired vetting gives one warning per volunteer, however many rows name them")
    func importVettingWarnings() throws {
        let icv = try InProcessICV.smallScheme()
        try write(Self.header + """
            euston-street,2015-05-02,10:00,11:00,V1;V7,3,2,2,,
            euston-street,2015-05-03,10:00,11:00,V7;V2,3,2,2,,
            keyham-lane,2015-05-04,10:00,11:00,V1;V2,3,2,2,,

            """, in: icv)
        let result = icv.run(["import", "visits", "visits.csv"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Imported 3 visits (CV1–CV3) from visits.csv, all in 2015/16.\n")
        #expect(result.stderr == "warning: Gus Ivy (V7)'s vetting expired on 1 January 2015, before 2 of the imported visits, the first on line 2. Renew it with `icv volunteer update V7 --vetting-cleared DATE --vetting-expires DATE`.\n")
    }

    @Test("visits in two lapses of one volunteer's vetting give a warning for each lapsed clearance; one after a renewal gives none")
    func importWarningsByClearance() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-02-01", "--vetting-expires", "2015-04-01"])
        try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-05-10", "--vetting-expires", "2018-05-10"])
        try write(Self.header + """
            euston-street,2015-01-10,10:00,11:00,V1;V7,3,2,2,,
            euston-street,2015-03-10,10:00,11:00,V7;V2,3,2,2,,
            euston-street,2015-04-20,10:00,11:00,V7;V2,3,2,2,,
            keyham-lane,2015-05-20,10:00,11:00,V1;V7,3,2,2,,

            """, in: icv)
        let result = icv.run(["import", "visits", "visits.csv"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == """
            warning: Gus Ivy (V7)'s vetting expired on 1 January 2015, before the visit on line 2; it was renewed on 1 February 2015.
            warning: Gus Ivy (V7)'s vetting expired on 1 April 2015, before the visit on line 4; it was renewed on 10 May 2015.

            """)
    }

    @Test("one bad row among good ones rejects the file: nothing is written, the row is named with its reason")
    func oneBadRow() throws {
        let icv = try InProcessICV.smallScheme()
        try write(Self.header + """
            euston-street,2015-05-02,10:00,11:00,V1;V2,3,2,2,,
            euston-street,2015-05-03,10:00,11:00,V1;V4,3,2,2,,
            euston-street,2015-05-04,10:00,11:00,V1;V2,3,2,2,,

            """, in: icv)
        expectRejected(icv, ["import", "visits", "visits.csv"], stderr: """
            error: visits.csv has 1 bad row, so nothing was imported:
              line 3: Dee Fox (V4) was suspended from 1 February 2015, so could not visit on 3 May 2015: only active volunteers and probationers may visit. Check the date and the visitors.
            Put them right and import the whole file again.

            """)
    }

    @Test("every bad row is listed, each with its line and the rule it breaks, in the words of the columns")
    func severalBadRows() throws {
        let icv = try InProcessICV.smallScheme()
        try write(Self.header + """
            euston-street,2015-05-02,10:00,11:00,V1;V2,3,2,2,,fine
            euston-street,2015-06-02,10:00,11:00,V1;V2,3,2,2,,
            dog-unit,2015-05-02,10:00,11:00,V1;V2,3,2,2,,
            keyham-lane,2014-11-10,10:00,11:00,V1;V2,3,2,2,,
            euston-street,2015-05-04,10:00,11:00,V1,3,2,2,,
            euston-street,2015-05-04,10:00,11:00,V1;Zed Ray,3,2,2,,
            euston-street,2015-05-05,10:00,11:00,V1;V2,3,4,2,,
            euston-street,2015-05-05,10:00,11:00,V1;V2,3,2,3,,
            euston-street,2015-05-06,10:00,11:00,V1;V2,lots,2,2,,
            euston-street,2015-02-30,10:00,11:00,V1;V2,3,2,2,,
            euston-street,2015-05-07,10:00,10:00,V1;V2,3,2,2,,
            euston-street,2015-05-07,10:00,11:00,V1;V2,3,2,2,10:30,
            euston-street,2015-05-08,10:00,11:00,V1;V2,3,2,2,11:30,
            euston-street,2015-05-09,,11:00,V1;V2,3,2,2,,
            euston-street,2015-05-09,10:00,11:00,V1;V2,3,2,2,,a, b
            euston-street,2015-05-09,10:00

            """, in: icv)
        expectRejected(icv, ["import", "visits", "visits.csv"], stderr: """
            error: visits.csv has 15 bad rows, so nothing was imported:
              line 3: 2 June 2015 is in the future (today is 1 June 2015). Log a visit once it has happened.
              line 4: Dog Unit is kennels, not a custody suite. Log visits to it with `icv kennel log`.
              line 5: Keyham Lane is closed from 3 November 2014 to 14 December 2014 (Refurbishment), so no visit can be logged on 10 November 2014. Check the date and the site.
              line 6: Visits are made in pairs: give at least two visitors in the visitors column, separated by semicolons.
              line 7: There is no volunteer 'Zed Ray'. Did you mean: Ann Ray (V1)? See `icv volunteer list` for all of them.
              line 8: 4 offered a visit is more than the 3 available (3 in custody, 0 not available). Check the offered, in_custody and not_available columns.
              line 9: 3 spoken to is more than the 2 offered a visit. Check the spoken_to and offered columns.
              line 10: 'lots' is not a valid in_custody: give a whole number, 0 or more.
              line 11: '2015-02-30' is not a valid date: give a date as YYYY-MM-DD, such as 2014-05-02.
              line 12: The visit left at 10:00, the same time it arrived. Check the arrived and left columns.
              line 13: The visitors waited 30 minutes to be admitted (arrived 10:00, admitted 10:30). A delay over 10 minutes must be explained: give the reason in the delay_reason column.
              line 14: Admitted at 11:30 is not between arrival at 10:00 and leaving at 11:00. Check the admitted column.
              line 15: The arrived column is empty; every visit needs it.
              line 16: The row has 11 values, but the header names 10 columns. A value holding a comma must be in double quotes.
              line 17: The row has 3 values, but the header names 10 columns. A value holding a comma must be in double quotes.
            Put them right and import the whole file again.

            """)
    }

    @Test("a likely duplicate is refused against the folder's visits and the rows above, unless --allow-duplicate")
    func duplicates() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["arrived": "10:00", "left": "11:00"]))
        try write(Self.header + """
            euston-street,2015-05-02,10:30,11:00,V3;V7,3,2,2,,
            keyham-lane,2015-05-03,10:00,11:00,V1;V2,3,2,2,,
            Keyham Lane,2015-05-03,10:00,10:45,V3;V7,3,2,2,,

            """, in: icv)
        expectRejected(icv, ["import", "visits", "visits.csv"], stderr: """
            error: visits.csv has 2 bad rows, so nothing was imported:
              line 2: This visit overlaps CV1 at Euston Street on 2 May 2015, 10:00–11:00, so it is probably the same visit typed twice. If it really is another visit, import the file with --allow-duplicate; otherwise take this row out.
              line 4: This visit overlaps the row on line 3 at Keyham Lane on 3 May 2015, 10:00–11:00, so it is probably the same visit typed twice. If it really is another visit, import the file with --allow-duplicate; otherwise take this row out.
            Put them right and import the whole file again.

            """)
        #expect(try icv.succeed(["import", "visits", "visits.csv", "--allow-duplicate"])
            == "Imported 3 visits (CV2–CV4) from visits.csv, all in 2015/16.\n")
    }

    @Test("a visitor in two places is refused against the folder's visits and the rows above, --allow-duplicate or not",
          arguments: [[], ["--allow-duplicate"]])
    func visitorElsewhere(extra: [String]) throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["arrived": "10:00", "left": "11:00"]))
        try write(Self.header + """
            keyham-lane,2015-05-02,10:30,11:30,V2;V7,3,2,2,,
            keyham-lane,2015-05-03,23:00,01:00,V1;V7,3,2,2,,
            euston-street,2015-05-04,00:30,01:30,V3;V1,3,2,2,,

            """, in: icv)
        expectRejected(icv, ["import", "visits", "visits.csv"] + extra, stderr: """
            error: visits.csv has 2 bad rows, so nothing was imported:
              line 2: Ben Oke (V2) was on another visit at the same time: CV1 at Euston Street on 2 May 2015, 10:00–11:00. One person cannot be in two places: check the visitors, the date and the times.
              line 4: Ann Ray (V1) was on another visit at the same time: the row on line 3 at Keyham Lane on 3 May 2015, 23:00–01:00. One person cannot be in two places: check the visitors, the date and the times.
            Put them right and import the whole file again.

            """)
    }

    @Test("a header that does not name the columns is refused, naming each column wrong", arguments: [
        ("site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted", ["there is no 'notes' column"]),
        ("site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,date", ["'date' is named twice"]),
        ("site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,colour", ["'colour' is not a column icv imports"]),
        ("site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,", ["column 11 has no name"]),
        ("site,day,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes",
         ["'day' is not a column icv imports", "there is no 'date' column"]),
    ])
    func headerErrors(header: String, problems: [String]) throws {
        let icv = try InProcessICV.smallScheme()
        try write(header + "\neuston-street,2015-05-02,10:00,11:00,V1;V2,3,2,2,,,\n", in: icv)
        expectRejected(icv, ["import", "visits", "visits.csv"], stderr: """
            error: The header line of visits.csv does not name the columns icv imports, so nothing was imported:
            \(problems.map { "  \($0)" }.joined(separator: "\n"))
            The first line names, in any order: site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes; and, if wanted, not_available,delay_reason.

            """)
    }

    @Test("a missing, empty, header-only, malformed or non-UTF-8 file is refused with what to do", arguments: [
        (nil, "error: There is no file visits.csv to import. Check the name and the folder.\n"),
        ("", "error: visits.csv is empty. Its first line names the columns (site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes), then one line per visit.\n"),
        ("\n\n", "error: visits.csv is empty. Its first line names the columns (site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes), then one line per visit.\n"),
        (header, "error: visits.csv has a header line but no visits under it; nothing was imported.\n"),
        (header + "euston-street,2015-05-02,10:00,11:00,V1;V2,3,2,2,,\"Quiet\n", "error: visits.csv is not well-formed CSV at line 2: a value opens with a double quote that is never closed; add the closing quote. Nothing was imported.\n"),
        (header + "euston-street,2015-05-02,10:00,11:00,V1;V2,3,2,2,,Said \"hi\"\n", "error: visits.csv is not well-formed CSV at line 2: a double quote inside a value that does not start with one; put the whole value in double quotes and write the quote inside as two (\"\"). Nothing was imported.\n"),
    ] as [(String?, String)])
    func unreadableFiles(text: String?, stderr: String) throws {
        let icv = try InProcessICV.smallScheme()
        if let text { try write(text, in: icv) }
        expectRejected(icv, ["import", "visits", "visits.csv"], stderr: stderr)
    }

    @Test("a file that is not UTF-8 is refused")
    func notUTF8() throws {
        let icv = try InProcessICV.smallScheme()
        try Data([0x73, 0x69, 0x74, 0x65, 0xFF, 0xFE, 0x0A]).write(to: icv.folder.url.appendingPathComponent("visits.csv"))
        expectRejected(icv, ["import", "visits", "visits.csv"],
                       stderr: "error: visits.csv is not UTF-8 text. Save it from the spreadsheet as CSV UTF-8 and import it again.\n")
    }

    @Test("import without a file is a usage mistake")
    func importUsage() throws {
        let icv = try InProcessICV.smallScheme()
        let result = icv.run(["import", "visits"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("error: Missing FILE.csv.\n\nUsage: icv import visits FILE.csv [--allow-duplicate]\n"))
    }

    // MARK: - Export

    /// The small scheme with visits typed in date order across two years (one the next day past midnight, one with a
    /// late admission, notes that need quoting, a duplicate let through) and requests on them, one referred and resolved.
    static func schemeWithVisits() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        for arguments in [
            InProcessICV.visit(["date": "2015-03-02", "visitors": "Ann Ray,Ben Oke", "notes": "Quiet, clean; \"no\" issues"],
                               extra: ["--request", "blankets"]),
            InProcessICV.visit(["date": "2015-05-02", "site": "keyham-lane", "arrived": "23:20", "left": "00:35",
                                "admitted": "23:40", "delay-reason": "Incident in the cell block", "notes": "Two lines:\nsecond"]),
            InProcessICV.visit(["date": "2015-05-02", "site": "keyham-lane", "arrived": "23:20", "left": "23:50", "visitors": "V7,V3",
                                "not-available": "0", "in-custody": "2", "offered": "1", "spoken-to": "0"],
                               extra: ["--allow-duplicate"]),
        ] {
            try icv.succeed(arguments)
        }
        try icv.succeed(["request", "add", "CV2", "--category", "solicitor", "--status", "referred", "--detail", "Duty solicitor, please"])
        try icv.succeed(["request", "resolve", "R2", "--outcome", "Called at 00:10", "--date", "2015-05-03"])
        try icv.succeed(["volunteer", "update", "V1", "--email", "ann@example.org", "--phone", "07700 900001"])
        return icv
    }

    @Test("export visits writes the import columns, then not_available and delay_reason, in date order")
    func exportVisits() throws {
        let icv = try Self.schemeWithVisits()
        #expect(try icv.succeed(["export", "visits", "--format", "csv"]) == """
            site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,not_available,delay_reason
            euston-street,2015-03-02,19:40,21:05,V1;V2,12,8,7,,"Quiet, clean; ""no"" issues",4,
            keyham-lane,2015-05-02,23:20,00:35,V1;V2,12,8,7,23:40,"Two lines:
            second",4,Incident in the cell block
            keyham-lane,2015-05-02,23:20,23:50,V7;V3,2,1,0,,,0,

            """)
        #expect(try icv.succeed(["export", "visits", "--year", "2014/15", "--format", "csv"]) == """
            site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,not_available,delay_reason
            euston-street,2015-03-02,19:40,21:05,V1;V2,12,8,7,,"Quiet, clean; ""no"" issues",4,

            """)
        let json = try icv.succeed(["export", "visits", "--year", "2015", "--format", "csv", "--json"])
        let records = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["CV2", "CV3"])
    }

    @Test("export requests names each request's visit, site and date, its status and outcome")
    func exportRequests() throws {
        let icv = try Self.schemeWithVisits()
        #expect(try icv.succeed(["export", "requests", "--format", "csv"]) == """
            id,visit,site,date,category,detail,status,outcome,resolved
            R1,CV1,euston-street,2015-03-02,blankets,,resolved-at-visit,,
            R2,CV2,keyham-lane,2015-05-02,solicitor,"Duty solicitor, please",resolved,Called at 00:10,2015-05-03

            """)
        #expect(try icv.succeed(["export", "requests", "--format", "csv", "--year", "2014"]).split(separator: "\n").count == 2)
    }

    @Test("export volunteers gives today's status; --year keeps those active or on probation at some time in the year")
    func exportVolunteers() throws {
        let icv = try Self.schemeWithVisits()
        #expect(try icv.succeed(["export", "volunteers", "--format", "csv"]) == """
            id,name,schemes,status,joined,left,vetting_cleared,vetting_expires,email,phone
            V1,Ann Ray,icv,active,2010-01-01,,,,ann@example.org,07700 900001
            V2,Ben Oke,icv,active,2010-01-01,,,,,
            V3,Cal Dee,icv,probation,2015-01-10,,,,,
            V4,Dee Fox,icv,suspended,2012-01-01,,,,,
            V5,Eve Gale,icv,left,2012-01-01,2015-03-01,,,,
            V6,Fay Holt,aws,active,2012-01-01,,,,,
            V7,Gus Ivy,icv;aws,active,2012-01-01,,2012-01-01,2015-01-01,,

            """)
        let year = try icv.succeed(["export", "volunteers", "--format", "csv", "--year", "2015"])
        #expect(year.split(separator: "\n").map { $0.prefix(3) } == ["id,", "V1,", "V2,", "V3,", "V6,", "V7,"])
        let earlier = try icv.succeed(["export", "volunteers", "--format", "csv", "--year", "2014"])
        #expect(earlier.split(separator: "\n").count == 8)
        #expect(try icv.succeed(["export", "volunteers", "--format", "csv", "--year", "2008"]).split(separator: "\n").count == 1)
    }

    @Test("export then import into a fresh folder set up the same way gives the same visit files, byte for byte")
    func roundTrip() throws {
        let source = try Self.schemeWithVisits()
        let csv = try source.succeed(["export", "visits", "--format", "csv", "--output", "visits.csv"])
        #expect(csv == "Wrote 3 visits to \(source.folder.path("visits.csv")).\n")
        let fresh = try InProcessICV.smallScheme()
        try FileManager.default.copyItem(atPath: source.folder.path("visits.csv"), toPath: fresh.folder.path("visits.csv"))
        #expect(try fresh.succeed(["import", "visits", "visits.csv", "--allow-duplicate"])
            == "Imported 3 visits (CV1–CV3) from visits.csv: 1 in 2014/15, 2 in 2015/16.\n")
        let visitFiles = { (icv: InProcessICV) in icv.snapshot().filter { $0.key.hasPrefix("visits/") } }
        #expect(visitFiles(source).count == 2)
        #expect(visitFiles(fresh) == visitFiles(source))
    }

    @Test("--output writes a file readable by its owner only, and needs its folder to exist")
    func exportToFile() throws {
        let icv = try Self.schemeWithVisits()
        try icv.succeed(["export", "volunteers", "--format", "csv", "--output", "register.csv"])
        let path = icv.folder.path("register.csv")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try icv.succeed(["export", "volunteers", "--format", "csv"])))
        let missing = icv.run(["export", "visits", "--format", "csv", "--output", "nowhere/visits.csv"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.hasPrefix("error: There is no folder \(icv.folder.path("nowhere")) to write visits.csv in."))
    }

    @Test("--format is required (a usage mistake without it) and must be csv (another is a refused value, as in report)", arguments: [
        (["export", "visits"], 2, "error: Missing --format csv.\n\nUsage: icv export visits"),
        (["export", "people", "--format", "csv"], 2, "error: Unknown command 'icv export people'.\n\nUsage: icv export "),
        (["export", "requests", "--format", "xlsx"], 1, "error: 'xlsx' is not a valid --format: give csv, the only format `icv export requests` writes.\n"),
        (["export", "volunteers", "--format", "json"], 1, "error: 'json' is not a valid --format: give csv, the only format `icv export volunteers` writes.\n"),
    ] as [([String], Int32, String)])
    func exportFormat(arguments: [String], exitCode: Int32, message: String) throws {
        let icv = try InProcessICV.smallScheme()
        let result = icv.run(arguments)
        #expect(result.exitCode == exitCode)
        #expect(result.stdout == "")
        #expect(exitCode == 2 ? result.stderr.hasPrefix(message) : result.stderr == message)
    }

    @Test("CSV is accepted in capitals, and a bad --year is a value error")
    func exportValues() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["export", "visits", "--format", "CSV"]) == "site,date,arrived,left,visitors,in_custody,offered,spoken_to,admitted,notes,not_available,delay_reason\n")
        let result = icv.run(["export", "visits", "--format", "csv", "--year", "2014/16"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: '2014/16' is not a valid --year: give a financial year such as 2014 or 2014/15.\n")
    }
}
