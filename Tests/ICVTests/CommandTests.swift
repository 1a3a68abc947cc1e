import Foundation
import Testing
import ICVCommandLine
import ICVStorage
import ICVTestSupport

/// What each record command does when the input is good: the files it writes, what it prints, and its JSON.
@Suite struct CommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func jsonList(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test("the runner works on any store: a week's commands on a folder held in memory write its files there")
    func memoryStore() throws {
        let store = MemoryStore()
        let run = { (arguments: [String]) in
            Runner.run(arguments, environment: [:], currentDirectory: URL(fileURLWithPath: "/nowhere"),
                       now: InProcessICV.defaultNow, store: { _ in store })
        }
        #expect(run(["init", "--name", "Memory"]).exitCode == 0)
        #expect(run(["site", "add", "Euston Street", "--kind", "custody-suite"]).exitCode == 0)
        #expect(run(["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"]).exitCode == 0)
        #expect(run(["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"]).exitCode == 0)
        let logged = run(InProcessICV.visit([:]))
        #expect(logged.stdout.hasPrefix("Logged CV1: Euston Street, Sat 2 May 2015"))
        let list = run(["visit", "list"])
        #expect(list.stdout.contains("CV1  2015-05-02  Sat  Euston Street"))
        #expect(Set(store.files.keys).isSuperset(of: ["scheme.json", "volunteers.json", "ids.json", "visits/2015-16.json", "audit.jsonl"]))
        #expect(!FileManager.default.fileExists(atPath: "/nowhere"))
    }

    @Test("visit log confirms in one line and records requests resolved at the visit")
    func logVisit() throws {
        let icv = try InProcessICV.smallScheme()
        let result = icv.run(InProcessICV.visit(["site": "EUSTON STREET", "visitors": "ann ray, Ben Oke"],
                                                extra: ["--request", "refreshments", "--request", "other:Wanted a pen"]))
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Logged CV1: Euston Street, Sat 2 May 2015, 19:40–21:05, Ann Ray and Ben Oke; 7 of 8 offered spoken to
            2 requests resolved at the visit: R1 refreshments, R2 other.

            """)
        let visits = try json(String(decoding: try #require(icv.snapshot()["visits/2015-16.json"]), as: UTF8.self))
        #expect(visits["schemaVersion"] as? Int == 1)
        let visit = try #require((visits["visits"] as? [[String: Any]])?.first)
        #expect(visit["declined"] as? Int == 1)
        #expect(visit["visitors"] as? [String] == ["V1", "V2"])
        let requests = try json(String(decoding: try #require(icv.snapshot()["requests/2015-16.json"]), as: UTF8.self))
        let records = try #require(requests["requests"] as? [[String: Any]])
        #expect(records.map { $0["status"] as? String } == ["resolved-at-visit", "resolved-at-visit"])
        #expect(records[1]["detail"] as? String == "Wanted a pen")
    }

    @Test("logging a visit rewrites only that year's visit file and the id counters, beside its audit line and undo entry")
    func touchesOnlyItsFiles() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["date": "2014-06-02"]))
        let before = icv.snapshot()
        try icv.succeed(InProcessICV.visit(["date": "2015-05-09"]))
        let after = icv.snapshot()
        let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }
        #expect(changed == ["visits/2015-16.json", "ids.json", "audit.jsonl", ".undo/17/entry.json", ".undo/17/files/ids.json"])
    }

    @Test("--json prints the created visit with its id, requests and issues")
    func visitJSON() throws {
        let icv = try InProcessICV.smallScheme()
        let object = try json(try icv.succeed(["--json"] + InProcessICV.visit(extra: ["--request", "blankets"])))
        #expect(object["id"] as? String == "CV1")
        #expect(object["spokenTo"] as? Int == 7)
        #expect((object["requests"] as? [[String: Any]])?.first?["id"] as? String == "R1")
        #expect((object["issues"] as? [Any])?.isEmpty == true)
    }

    @Test("a visit past midnight is dated by its arrival and accepted")
    func pastMidnight() throws {
        let icv = try InProcessICV.smallScheme()
        let output = try icv.succeed(InProcessICV.visit(["arrived": "23:20", "left": "00:35", "admitted": "23:24"]))
        #expect(output.hasPrefix("Logged CV1: Euston Street, Sat 2 May 2015, 23:20–00:35"))
    }

    @Test("a late admission with a reason is accepted and kept")
    func delayReason() throws {
        let icv = try InProcessICV.smallScheme()
        let object = try json(try icv.succeed(["--json"] + InProcessICV.visit(["admitted": "20:05", "delay-reason": "Incident in the cell block"])))
        #expect(object["delayReason"] as? String == "Incident in the cell block")
        #expect(object["admitted"] as? String == "20:05")
    }

    @Test("the status on the visit's date decides: a leaver's earlier visit and a probationer are accepted", arguments: [
        ("V1,V5", "2015-02-15"), ("V1,V3", "2015-05-02"), ("V1,V4", "2015-01-31"),
    ])
    func statusOnVisitDate(visitors: String, date: String) throws {
        let icv = try InProcessICV.smallScheme()
        #expect(icv.run(InProcessICV.visit(["visitors": visitors, "date": date])).exitCode == 0)
    }

    @Test("expired vetting is accepted with a warning on stderr")
    func expiredVetting() throws {
        let icv = try InProcessICV.smallScheme()
        let result = icv.run(InProcessICV.visit(["visitors": "V1,V7"]))
        #expect(result.exitCode == 0)
        #expect(result.stderr == "warning: Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit. Renew it with `icv volunteer update V7 --vetting-cleared DATE --vetting-expires DATE`.\n")
    }

    @Test("a visit typed in late, made while vetting had lapsed, is warned of with the renewal recorded since")
    func lapsedVettingRenewedSince() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-05-10", "--vetting-expires", "2018-05-10"])
        let result = icv.run(InProcessICV.visit(["visitors": "V1,V7"]))
        #expect(result.exitCode == 0)
        #expect(result.stderr == "warning: Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit; it was renewed on 10 May 2015.\n")
        #expect(icv.run(InProcessICV.visit(["visitors": "V1,V7", "date": "2015-05-10"])).stderr == "")
    }

    @Test("a referred request stays open until resolved, and is then closed with its outcome")
    func requestLifecycle() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        #expect(try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
            == "Added R1 to CV1: solicitor, referred.\n")
        let open = try jsonList(try icv.succeed(["request", "list", "--open", "--json"]))
        #expect(open.map { $0["id"] as? String } == ["R1"])
        #expect(try icv.succeed(["request", "resolve", "R1", "--outcome", "Duty solicitor called", "--date", "2015-05-04"])
            == "Resolved R1 (solicitor, CV1) on 4 May 2015: Duty solicitor called\n")
        #expect(try jsonList(try icv.succeed(["request", "list", "--open", "--json"])).isEmpty)
        let all = try jsonList(try icv.succeed(["request", "list", "--json"]))
        #expect(all.first?["status"] as? String == "resolved")
        #expect(all.first?["resolvedOn"] as? String == "2015-05-04")
    }

    @Test("an issue on a kennel inspection is raised, listed and resolved")
    func kennelIssue() throws {
        let icv = try InProcessICV.smallScheme()
        let logged = icv.run(["kennel", "log", "--site", "Dog Unit", "--date", "2015-05-09", "--arrived", "10:00", "--left", "11:45",
                              "--visitors", "Fay Holt,Gus Ivy", "--dogs-observed", "9", "--housing", "satisfactory",
                              "--exercise", "concern", "--training-observed", "--feedback-to", "Dog unit sergeant"])
        #expect(logged.exitCode == 0)
        #expect(logged.stdout == """
            Logged KI1: Dog Unit, Sat 9 May 2015, 10:00–11:45, Fay Holt and Gus Ivy; 9 dogs observed
            Concerns: exercise. Raise an issue with: icv issue add KI1 --category CATEGORY --detail TEXT

            """)
        let inspection = try jsonList(try icv.succeed(["kennel", "list", "--json"])).first
        #expect((inspection?["ratings"] as? [String: String])?["health-records"] == "not-checked")
        #expect(inspection?["trainingObserved"] as? Bool == true)
        #expect(try icv.succeed(["issue", "add", "KI1", "--category", "other", "--detail", "Exercise yard waterlogged"])
            == "Raised I1 on KI1: other, open.\n")
        try icv.succeed(["issue", "resolve", "I1", "--outcome", "Drainage repaired", "--date", "2015-05-20"])
        let issues = try jsonList(try icv.succeed(["issue", "list", "--json"]))
        #expect(issues.first?["status"] as? String == "resolved")
        #expect(issues.first?["visit"] as? String == "KI1")
    }

    @Test("site target and site close are recorded and shown")
    func siteRules() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["site", "target", "Euston Street", "1/fortnight", "--from", "2021-04-01", "--to", "2021-06-30"])
            == "Euston Street: target 1/fortnight from 1 April 2021 to 30 June 2021.\n")
        let shown = try icv.succeed(["site", "show", "keyham-lane"])
        #expect(shown.contains("Closures:\n  from 3 November 2014 to 14 December 2014: Refurbishment"))
        let site = try json(try icv.succeed(["site", "show", "euston-street", "--json"]))
        #expect((site["targetRules"] as? [[String: Any]])?.first?["target"] as? String == "1/fortnight")
    }

    @Test("site list is an aligned table")
    func siteList() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["site", "list"]) == """
            ID             NAME           KIND           TARGET      TODAY
            -------------  -------------  -------------  ----------  -----
            dog-unit       Dog Unit       kennels        1/month     open
            euston-street  Euston Street  custody suite  1/week      open
            keyham-lane    Keyham Lane    custody suite  1/week      open
            wigston        Wigston        custody suite  occasional  open

            4 sites.

            """)
    }

    @Test("volunteer list filters by scheme and by today's status")
    func volunteerList() throws {
        let icv = try InProcessICV.smallScheme()
        let active = try jsonList(try icv.succeed(["volunteer", "list", "--scheme", "icv", "--status", "active", "--json"]))
        #expect(active.map { $0["id"] as? String } == ["V1", "V2", "V7"])
        let probation = try jsonList(try icv.succeed(["volunteer", "list", "--status", "probation", "--json"]))
        #expect(probation.map { $0["id"] as? String } == ["V3"])
        #expect(try jsonList(try icv.succeed(["volunteer", "list", "--scheme", "aws", "--json"])).map { $0["id"] as? String } == ["V6", "V7"])
    }

    @Test("a volunteer's history, leaving date and hours are kept")
    func volunteerHistory() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["volunteer", "activity", "Ann Ray", "--date", "2015-03-10", "--kind", "team-meeting", "--hours", "2"])
            == "Recorded 2 hours of team meeting for Ann Ray (V1) on 10 March 2015.\n")
        #expect(try icv.succeed(["volunteer", "activity", "V1", "--date", "2015-04-10", "--kind", "training", "--hours", "1"])
            == "Recorded 1 hour of training for Ann Ray (V1) on 10 April 2015.\n")
        let eve = try json(try icv.succeed(["volunteer", "show", "V5", "--json"]))
        #expect(eve["left"] as? String == "2015-03-01")
        #expect((eve["statusHistory"] as? [[String: String]]) == [["from": "2012-01-01", "status": "active"], ["from": "2015-03-01", "status": "left"]])
        let shown = try icv.succeed(["volunteer", "show", "V1"])
        #expect(shown.contains("Activities (3 hours):\n  2015-03-10  team-meeting  2 h\n  2015-04-10  training  1 h"))
    }

    @Test("hours fall between joining and leaving: the day before leaving is accepted, and a leaver who comes back gives hours again")
    func hoursAfterComingBack() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["volunteer", "activity", "V5", "--date", "2015-02-28", "--kind", "training", "--hours", "2"])
            == "Recorded 2 hours of training for Eve Gale (V5) on 28 February 2015.\n")
        #expect(icv.run(["volunteer", "activity", "V5", "--date", "2015-04-10", "--kind", "training", "--hours", "2"]).exitCode == 1)
        try icv.succeed(["volunteer", "update", "V5", "--status", "active", "--from", "2015-04-01"])
        #expect(try icv.succeed(["volunteer", "activity", "V5", "--date", "2015-04-10", "--kind", "training", "--hours", "2"])
            == "Recorded 2 hours of training for Eve Gale (V5) on 10 April 2015.\n")
        #expect(icv.run(["check"]).exitCode == 0)
    }

    @Test("a vetting renewal adds a clearance and keeps the one before; one of the same day replaces it; show lists them all")
    func vettingRenewal() throws {
        let icv = try InProcessICV.smallScheme()
        #expect(try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-05-03", "--vetting-expires", "2018-05-03"])
            == "Updated V7 Gus Ivy: vetting cleared 3 May 2015, expires 3 May 2018.\n")
        #expect(try icv.succeed(["volunteer", "update", "V7", "--vetting-cleared", "2015-05-03", "--vetting-expires", "2018-05-02"])
            == "Updated V7 Gus Ivy: vetting cleared 3 May 2015 now expires 2 May 2018 (was 3 May 2018).\n")
        let shown = try icv.succeed(["volunteer", "show", "V7"])
        #expect(shown.contains("Vetting:  cleared 3 May 2015, expires 2 May 2018\n"))
        #expect(shown.hasSuffix("""
            Vetting history:
              cleared 2012-01-01  expires 2015-01-01
              cleared 2015-05-03  expires 2018-05-02

            """))
        let gus = try json(try icv.succeed(["volunteer", "show", "V7", "--json"]))
        #expect(gus["vettingHistory"] as? [[String: String]] == [["cleared": "2012-01-01", "expires": "2015-01-01"],
                                                                   ["cleared": "2015-05-03", "expires": "2018-05-02"]])
        #expect(gus["vetting"] == nil)
        #expect(try icv.succeed(["volunteer", "list", "--scheme", "aws"]).contains("2018-05-02\n"))
        #expect(try icv.succeed(["volunteer", "show", "V1"]).contains("Vetting:  not recorded\n"))
        #expect(!(try icv.succeed(["volunteer", "show", "V1"]).contains("Vetting history:")))
    }

    @Test("visit list filters by site and year and reads as a table")
    func visitList() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["date": "2015-03-02"]))
        try icv.succeed(InProcessICV.visit(["date": "2015-05-02", "site": "wigston", "in-custody": "3", "not-available": "0", "offered": "2", "spoken-to": "2"]))
        #expect(try icv.succeed(["visit", "list", "--year", "2015"]) == """
            ID   DATE        DAY  SITE     TIMES        VISITORS          IN CUSTODY  OFFERED  SPOKEN TO
            ---  ----------  ---  -------  -----------  ----------------  ----------  -------  ---------
            CV2  2015-05-02  Sat  Wigston  19:40–21:05  Ann Ray, Ben Oke           3        2          2

            1 visit.

            """)
        #expect(try jsonList(try icv.succeed(["visit", "list", "--site", "Euston Street", "--json"])).count == 1)
        #expect(try jsonList(try icv.succeed(["visit", "list", "--from", "2015-03-01", "--to", "2015-03-31", "--json"])).count == 1)
    }

    @Test("--data and --json are read anywhere on the line")
    func globalFlagsAnywhere() throws {
        let icv = try InProcessICV.smallScheme()
        let result = Runner.run(["site", "--json", "list", "--data", icv.dataPath], environment: [:], currentDirectory: icv.folder.url,
                                now: icv.now)
        #expect(result.exitCode == 0)
        #expect(try jsonList(result.stdout).count == 4)
    }

    @Test("the data folder comes from --data, then ICV_DATA, then ./icv-data")
    func dataFolderOrder() throws {
        let folder = try TemporaryFolder()
        let now = InProcessICV.defaultNow
        #expect(Runner.run(["init"], environment: [:], currentDirectory: folder.url, now: now).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("icv-data/scheme.json")))
        let environment = ["ICV_DATA": folder.path("from-env")]
        #expect(Runner.run(["init"], environment: environment, currentDirectory: folder.url, now: now).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("from-env/scheme.json")))
        #expect(Runner.run(["init", "--data", "flag"], environment: environment, currentDirectory: folder.url, now: now).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("flag/scheme.json")))
    }

    @Test("every command but init refuses when there is no data folder, naming it")
    func noDataFolder() throws {
        let folder = try TemporaryFolder()
        let result = Runner.run(["visit", "list"], environment: [:], currentDirectory: folder.url, now: InProcessICV.defaultNow)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: There is no icv data folder at \(folder.path("icv-data")). Create one with `icv init --data \(folder.path("icv-data"))`, or point to yours with --data DIR or the ICV_DATA variable.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("icv-data")))
    }

    @Test("init refuses a folder already in use, a non-empty folder and an unknown time zone")
    func initRefusals() throws {
        let icv = try InProcessICV.smallScheme()
        let again = icv.run(["init"])
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("is already an icv data folder; nothing was changed."))
        let other = try TemporaryFolder()
        try Data("notes".utf8).write(to: other.url.appendingPathComponent("notes.txt"))
        let busy = Runner.run(["init", "--data", other.path], environment: [:], currentDirectory: other.url, now: icv.now)
        #expect(busy.exitCode == 1)
        #expect(busy.stderr.contains("is not empty and is not an icv data folder"))
        let zone = Runner.run(["init", "--data", other.path("new"), "--time-zone", "Mars/Olympus"], environment: [:],
                              currentDirectory: other.url, now: icv.now)
        #expect(zone.exitCode == 1)
        #expect(zone.stderr == "error: 'Mars/Olympus' is not a valid --time-zone: give a time zone name such as Europe/London.\n")
        #expect(!FileManager.default.fileExists(atPath: other.path("new")), "a refused init must leave no folder behind")
    }

    @Test("today is taken in the scheme's time zone", arguments: [
        ("Europe/London", 1), ("Pacific/Auckland", 0),
    ])
    func todayInSchemeZone(zone: String, exitCode: Int32) throws {
        // 2015-06-01 20:00 UTC is still 1 June in London but already 2 June in Auckland.
        let icv = try InProcessICV(now: Date(timeIntervalSince1970: 1_433_188_800))
        try icv.succeed(["init", "--time-zone", zone])
        try icv.succeed(["site", "add", "Euston Street", "--kind", "custody-suite"])
        try icv.succeed(["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"])
        try icv.succeed(["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"])
        #expect(icv.run(InProcessICV.visit(["date": "2015-06-02", "arrived": "06:00", "left": "07:00"])).exitCode == exitCode)
    }
}
