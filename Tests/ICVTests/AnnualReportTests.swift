import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// SPEC.md "The annual report": every figure of a small scheme's 2014/15, worked out by hand.
@Suite struct AnnualReportTests {
    /// The small scheme's 2014/15:
    /// - CV1 Euston Street, Fri 2 May 2014, 19:40–21:05 (85 min) by V1 and V2: 12 in custody, 4 not available, 8 offered, 7 spoken to;
    ///   requests refreshments and blankets at the visit, a phone call outstanding, medication not actioned; a food issue resolved in May.
    /// - CV2 Keyham Lane, Sun 1 June 2014, 23:30–00:30 (60 min) by V1 and V5: 5, 0, 4, 4; refreshments at the visit;
    ///   a solicitor referred and resolved on 3 April 2015, after the year end.
    /// - CV3 Wigston, Mon 12 January 2015, 06:15–07:00 (45 min) by V1, V2 and V4: 2, 2, 0, 0.
    /// - KI1 Dog Unit, Sat 5 July 2014, 10:00–11:30 (90 min) by V6 and V7, with a transport issue still open.
    /// - Activities: V1 training 3 h, V2 team meeting 2 h, V3 training 1.5 h, V6 other 0.5 h; V1 training 2 h on 1 April 2015 (next year).
    static func scheme() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["date": "2014-05-02"], extra: ["--request", "refreshments", "--request", "blankets"]))
        try icv.succeed(InProcessICV.visit(["site": "keyham-lane", "date": "2014-06-01", "arrived": "23:30", "left": "00:30",
                                            "visitors": "V1,V5", "in-custody": "5", "not-available": "0", "offered": "4",
                                            "spoken-to": "4"], extra: ["--request", "refreshments"]))
        try icv.succeed(InProcessICV.visit(["site": "wigston", "date": "2015-01-12", "arrived": "06:15", "left": "07:00",
                                            "visitors": "V1,V2,V4", "in-custody": "2", "not-available": "2", "offered": "0",
                                            "spoken-to": "0"]))
        try icv.succeed(["kennel", "log", "--site", "dog-unit", "--date", "2014-07-05", "--arrived", "10:00", "--left", "11:30",
                         "--visitors", "V6,V7", "--dogs-observed", "8"])
        try icv.succeed(["request", "add", "CV2", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["request", "resolve", "R4", "--outcome", "Solicitor attended", "--date", "2015-04-03"])
        try icv.succeed(["request", "add", "CV1", "--category", "phone-call", "--status", "outstanding"])
        try icv.succeed(["request", "add", "CV1", "--category", "medication", "--status", "not-actioned"])
        try icv.succeed(["issue", "add", "CV1", "--category", "food", "--detail", "Out-of-date milk"])
        try icv.succeed(["issue", "resolve", "I1", "--outcome", "Stock rotated", "--date", "2014-05-10"])
        try icv.succeed(["issue", "add", "KI1", "--category", "transport", "--detail", "Van ventilation"])
        for (volunteer, date, kind, hours) in [("V1", "2014-06-01", "training", "3"), ("V2", "2014-09-01", "team-meeting", "2"),
                                               ("V3", "2015-01-20", "training", "1.5"), ("V6", "2015-03-31", "other", "0.5"),
                                               ("V1", "2015-04-01", "training", "2")] {
            try icv.succeed(["volunteer", "activity", volunteer, "--date", date, "--kind", kind, "--hours", hours])
        }
        return icv
    }

    /// Compares a value read with JSONSerialization with the expected one, as Foundation objects (1 equals 1.0 there).
    private func same(_ actual: Any?, _ expected: Any) -> Bool {
        (actual as? NSObject)?.isEqual(expected as AnyObject) ?? false
    }

    private func report() throws -> [String: Any] {
        let icv = try Self.scheme()
        return try #require(JSONSerialization.jsonObject(with: Data(try icv.succeed(["report", "annual", "--year", "2014", "--json"]).utf8)) as? [String: Any])
    }

    @Test("the year, and visits per suite listing every custody suite in name order")
    func visits() throws {
        let report = try report()
        #expect(report["financialYear"] as? String == "2014/15")
        #expect(report["from"] as? String == "2014-04-01")
        #expect(report["to"] as? String == "2015-03-31")
        let custody = try #require(report["custodyVisits"] as? [String: Any])
        #expect(custody["total"] as? Int == 3)
        #expect(same(custody["bySite"], [["site": "Euston Street", "visits": 1], ["site": "Keyham Lane", "visits": 1],
                                                                  ["site": "Wigston", "visits": 1]]))
        let kennels = try #require(report["kennelInspections"] as? [String: Any])
        #expect(kennels["total"] as? Int == 1)
        #expect(same(kennels["bySite"], [["site": "Dog Unit", "visits": 1]]))
    }

    @Test("detainees add up and the spoken-to rate has 4 decimals")
    func detainees() throws {
        #expect(same(try report()["detainees"], ["inCustody": 19, "offered": 12, "spokenTo": 11, "declined": 1, "spokenToRate": 0.9167]))
    }

    @Test("requests and custody issues by category, with those open at the year end")
    func tallies() throws {
        let report = try report()
        let requests = try #require(report["requests"] as? [String: Any])
        #expect(requests["total"] as? Int == 6)
        #expect(requests["byCategory"] as? [String: Int] == ["refreshments": 2, "blankets": 1, "solicitor": 1, "phone-call": 1, "medication": 1])
        #expect(requests["open"] as? Int == 2)
        #expect(same(report["issues"], ["total": 1, "byCategory": ["food": 1], "open": 0]))
    }

    @Test("issues on kennel inspections are the Animal Welfare Scheme's, never counted with the custody issues")
    func kennelIssues() throws {
        let report = try report()
        let kennels = try #require(report["kennelInspections"] as? [String: Any])
        #expect(same(kennels["issues"], ["total": 1, "byCategory": ["transport": 1], "open": 1]))
        #expect(same(report["issues"], ["total": 1, "byCategory": ["food": 1], "open": 0]))
    }

    @Test("volunteers active at 31 March per scheme, joined, left and long service")
    func volunteers() throws {
        let volunteers = try #require(try report()["volunteers"] as? [String: Any])
        #expect(volunteers["icvActiveAtYearEnd"] as? Int == 4)
        #expect(volunteers["awsActiveAtYearEnd"] as? Int == 2)
        #expect(volunteers["joined"] as? Int == 1)
        #expect(volunteers["left"] as? Int == 1)
        #expect(same(volunteers["longService"], [["volunteer": "V1", "name": "Ann Ray", "years": 5],
                                                                          ["volunteer": "V2", "name": "Ben Oke", "years": 5]]))
    }

    @Test("hours: each visit's length times its visitors, custody and kennel, plus the activity logs")
    func hours() throws {
        // (85×2 + 60×2 + 45×3 + 90×2) minutes = 605 minutes = 10.08 hours.
        let hours = try #require(try report()["hours"] as? [String: Double])
        #expect(hours == ["visits": 10.1, "training": 4.5, "meetings": 2.0, "other": 0.5, "total": 17.1])
    }

    @Test("visit timing lists every weekday and band, and each suite's slot coverage")
    func timing() throws {
        let timing = try #require(try report()["visitTiming"] as? [String: Any])
        #expect(timing["byWeekday"] as? [String: Int] == ["Monday": 1, "Tuesday": 0, "Wednesday": 0, "Thursday": 0, "Friday": 1,
                                                          "Saturday": 0, "Sunday": 1])
        #expect(timing["byTimeBand"] as? [String: Int] == ["night": 0, "early": 1, "midday": 0, "afternoon": 0, "evening": 2])
        let empty = Array(repeating: [0, 0, 0, 0, 0], count: 7)
        var euston = empty, keyham = empty, wigston = empty
        euston[4][4] = 1  // Friday evening
        keyham[6][4] = 1  // Sunday evening: 23:30 is still evening
        wigston[0][1] = 1  // Monday early
        #expect(same(timing["slotCoverage"], [
            ["site": "Euston Street", "slotsCovered": 1, "slots": 35, "grid": euston],
            ["site": "Keyham Lane", "slotsCovered": 1, "slots": 35, "grid": keyham],
            ["site": "Wigston", "slotsCovered": 1, "slots": 35, "grid": wigston],
        ]))
    }

    @Test("compliance is the compliance command's list for the year")
    func compliance() throws {
        let icv = try Self.scheme()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try icv.succeed(["report", "annual", "--year", "2014", "--json"]).utf8)) as? [String: Any])
        let command = try #require(try JSONSerialization.jsonObject(with: Data(try icv.succeed(["compliance", "--year", "2014", "--json"]).utf8)) as? [String: Any])
        #expect(report["compliance"] as? NSArray == command["sites"] as? NSArray)
    }

    /// A scheme on 2 December 2026, a year not over: Euston Street joined on 5 October 2026 and is to close for two weeks
    /// in January; V1 Ann Ray joined on 3 December 2021 (five years only on 3 December 2026), V2 Ben Oke and V3 Cal Dee in
    /// 2010, Cal Dee to leave on 15 January 2027, V4 Dee Fox to join on 5 January 2027; one visit (CV1, 30 November) with a
    /// referred request.
    static func unfinishedYear() throws -> InProcessICV {
        let icv = try InProcessICV(now: Date(timeIntervalSince1970: 1_796_212_800))
        for command in [
            ["init", "--name", "To Date"], ["site", "add", "Euston Street", "--kind", "custody-suite", "--opened", "2026-10-05"],
            ["site", "close", "Euston Street", "--from", "2027-01-04", "--to", "2027-01-17"],
            ["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2021-12-03"],
            ["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"],
            ["volunteer", "add", "Cal Dee", "--scheme", "icv", "--joined", "2010-01-01"], ["volunteer", "update", "V3", "--left", "2027-01-15"],
            ["volunteer", "add", "Dee Fox", "--scheme", "icv", "--joined", "2027-01-05"],
            InProcessICV.visit(["date": "2026-11-30", "arrived": "10:00", "left": "11:00", "in-custody": "3", "not-available": "0",
                                "offered": "2", "spoken-to": "1"]),
            ["request", "add", "CV1", "--category", "solicitor", "--status", "referred"],
        ] {
            try icv.succeed(command)
        }
        return icv
    }

    @Test("a year not yet over is reported to date: every figure at the end is taken at today, and nothing after it counts")
    func unfinishedYear() throws {
        let icv = try Self.unfinishedYear()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try icv.succeed(["report", "annual", "--year", "2026", "--json"]).utf8)) as? [String: Any])
        #expect(report["asOf"] as? String == "2026-12-02")
        #expect(report["complete"] as? Bool == false)
        #expect(report["to"] as? String == "2027-03-31")
        #expect(same(report["volunteers"], ["icvActiveAtYearEnd": 3, "awsActiveAtYearEnd": 0, "joined": 0, "left": 0,
                                            "longService": [["volunteer": "V2", "name": "Ben Oke", "years": 16],
                                                            ["volunteer": "V3", "name": "Cal Dee", "years": 16]]]))
        #expect(same(report["requests"], ["total": 1, "byCategory": ["solicitor": 1], "open": 1]))
        // Weeks from 5 October to the week holding today, none after it: eight missed, the current one met; the closure to come
        // is not counted.
        let compliance = try #require((report["compliance"] as? [[String: Any]])?.first)
        #expect(compliance["periodsDue"] as? Int == 9)
        #expect(compliance["periodsMet"] as? Int == 1)
        #expect(compliance["periodsClosed"] as? Int == 0)
        #expect(compliance["longestMissedRun"] as? Int == 8)
        #expect((compliance["missed"] as? [[String: String]])?.last?["end"] == "2026-11-29")
    }

    @Test("an unfinished year's compliance is that of `icv compliance` with no range: the year up to today")
    func unfinishedCompliance() throws {
        let icv = try Self.unfinishedYear()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(try icv.succeed(["report", "annual", "--year", "2026", "--json"]).utf8)) as? [String: Any])
        let command = try #require(try JSONSerialization.jsonObject(with: Data(try icv.succeed(["compliance", "--json"]).utf8)) as? [String: Any])
        #expect(command["to"] as? String == "2026-12-02")
        #expect(report["compliance"] as? NSArray == command["sites"] as? NSArray)
    }

    @Test("a year is complete from its 31 March on, and its figures are taken then; before, they are taken at today", arguments: [
        ("2026-04-01", "2026-04-01", false), ("2027-03-30", "2027-03-30", false), ("2027-03-31", "2027-03-31", true),
        ("2027-04-01", "2027-03-31", true), ("2030-01-01", "2027-03-31", true),
    ])
    func asOf(today: String, asOf: String, complete: Bool) throws {
        let records = YearRecords(scheme: Scheme(name: "Empty", timeZone: "Europe/London"), volunteers: [], activities: [], visits: [],
                                  requests: [], issues: [], kennelInspections: [], visitDatesBySite: [:])
        let report = AnnualReportCalculator.report(records, year: FinancialYear(startYear: 2026), today: try #require(LocalDate(today)))
        #expect(report.asOf.description == asOf)
        #expect(report.complete == complete)
    }

    @Test("a finished year is reported as at its 31 March")
    func finishedYear() throws {
        let report = try report()
        #expect(report["asOf"] as? String == "2015-03-31")
        #expect(report["complete"] as? Bool == true)
    }

    @Test("time bands follow the arrival time", arguments: [
        ("00:00", TimeBand.night), ("05:59", .night), ("06:00", .early), ("09:59", .early), ("10:00", .midday),
        ("13:59", .midday), ("14:00", .afternoon), ("17:59", .afternoon), ("18:00", .evening), ("23:59", .evening),
    ])
    func timeBands(time: String, band: TimeBand) throws {
        #expect(TimeBand(arrival: try #require(TimeOfDay(time))) == band)
    }

    @Test("nothing offered gives a null rate; numbers and labels read as a report says them")
    func edges() throws {
        #expect(AnnualReportCalculator.detainees([]).spokenToRate == nil)
        #expect(Labels.number(1035) == "1,035")
        #expect(Labels.number(1_234_567) == "1,234,567")
        #expect(Labels.number(999) == "999")
        #expect(Labels.category("update-on-detention") == "Update on their position or time of release")
        #expect(Labels.category("doctor-or-nurse") == "Doctor or nurse")
        #expect(Labels.percent(0.9694) == "96.9%")
    }

    @Test("the Markdown section opens with the year's narrative")
    func markdown() throws {
        let icv = try Self.scheme()
        let text = try icv.succeed(["report", "annual", "--year", "2014/15"])
        #expect(text.hasPrefix("""
            # Independent Custody Visiting and Animal Welfare annual report 2014/15

            _Test Scheme, 1 April 2014 to 31 March 2015_

            ## Custody visits

            During 2014/15 a total of 3 visits were undertaken to the custody suites: 1 to Euston Street, 1 to Keyham Lane and 1 to Wigston. At the time of the visits 19 people were in custody; 12 were offered a visit and 11 (91.7%) accepted and were spoken to.
            """))
        #expect(text.contains("Detainees made 6 requests of the visitors, each reported to the custody sergeant; 2 remained open at the end of the year."))
        #expect(text.contains("At 31 March 2015 the scheme had 4 active custody visitors and 2 animal welfare visitors. During the year 1 volunteer joined and 1 left."))
        #expect(text.contains("During 2014/15 animal welfare visitors made 1 unannounced visit to the police dog unit's kennels.\n"))
        #expect(text.contains("Volunteers gave 17.1 hours in the year, on visits, at team meetings, in training and on other activities."))
        #expect(text.contains("| Dog Unit | 1 | 12 | 1 | 0 | 8.3% | 8 months |\n| Euston Street | 1 | 52 | 1 | 0 | 1.9% | 48 weeks |"))
        #expect(text.contains("Visitors raised 1 issue with the custody staff or the inspector; none remained open at the end of the year.\n\n| Issue | Number |\n| --- | ---: |\n| Food | 1 |\n| **Total** | **1** |"))
        #expect(text.hasSuffix("""
            Visitors raised 1 issue with the dog unit; 1 remained open at the end of the year.

            | Issue | Number |
            | --- | ---: |
            | Transport | 1 |
            | **Total** | **1** |

            """))
    }

    // MARK: - The narrative fits the data

    /// The report of 2014/15 as Markdown and HTML, on a scheme made by `commands` with today 1 June 2015.
    private static func texts(_ commands: [[String]]) throws -> (markdown: String, html: String) {
        let icv = try InProcessICV()
        for command in [["init", "--name", "Small"]] + commands {
            try icv.succeed(command)
        }
        return (try icv.succeed(["report", "annual", "--year", "2014"]), try icv.succeed(["report", "annual", "--year", "2014", "--format", "html"]))
    }

    @Test("a scheme with no kennels says nothing of kennels or animal welfare, in Markdown or HTML")
    func noKennels() throws {
        let (markdown, html) = try Self.texts([
            ["site", "add", "Euston Street", "--kind", "custody-suite"],
            ["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"],
            ["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2010-01-01"],
            InProcessICV.visit(["date": "2014-05-02"]),
        ])
        #expect(markdown.contains("The target is one visit a week to each custody suite. Euston Street met its target in 1 of 52 weeks (1.9%)."))
        for text in [markdown, html] {
            #expect(!text.lowercased().contains("kennel"))
            #expect(!text.lowercased().contains("animal welfare"))
        }
    }

    @Test("a year with nothing in it reads as none, not as 0, and shows no table of zeros")
    func emptyYear() throws {
        let (markdown, _) = try Self.texts([])
        #expect(markdown == """
            # Independent Custody Visiting annual report 2014/15

            _Small, 1 April 2014 to 31 March 2015_

            ## Custody visits

            During 2014/15 no visits were undertaken to the custody suites.

            ## Requests and issues

            No requests were made by detainees.

            No issues were raised on custody visits.

            ## Volunteers

            At 31 March 2015 the scheme had no active custody visitors. During the year no volunteers joined and none left.

            No hours volunteered were recorded in the year.

            """)
    }

    @Test("one of each reads in the singular, and a site that never met its target says so")
    func oneOfEach() throws {
        let (markdown, html) = try Self.texts([
            ["site", "add", "Euston Street", "--kind", "custody-suite"], ["site", "add", "Keyham Lane", "--kind", "custody-suite"],
            ["site", "add", "Dog Unit", "--kind", "kennels", "--opened", "2015-03-01"],
            ["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2010-01-01"],
            ["volunteer", "add", "Ben Oke", "--scheme", "icv", "--joined", "2014-04-10"], ["volunteer", "update", "V2", "--left", "2015-03-01"],
            InProcessICV.visit(["date": "2014-05-02", "in-custody": "1", "not-available": "0", "offered": "1", "spoken-to": "1"]),
            ["request", "add", "CV1", "--category", "blankets"],
        ])
        #expect(markdown.contains("During 2014/15 one visit was undertaken to the custody suites, to Euston Street. At the time of the visits 1 person was in custody; 1 was offered a visit and 1 (100.0%) accepted and was spoken to."))
        #expect(markdown.contains("Dog Unit missed its target in the one month it was due. Euston Street met its target in 1 of 52 weeks (1.9%). Keyham Lane missed its target in each of the 52 weeks it was due."))
        #expect(markdown.contains("| Dog Unit | 0 | 1 | 0 | 0 | 0.0% | 1 month |"))
        #expect(markdown.contains("Detainees made 1 request of the visitors, reported to the custody sergeant; none remained open at the end of the year."))
        #expect(markdown.contains("At 31 March 2015 the scheme had 1 active custody visitor and no animal welfare visitors. During the year 1 volunteer joined and 1 left."))
        #expect(html.contains("Dog Unit: 0 of 1 due periods met; missed March 2015"))
        #expect(html.contains("Weeks and months met, missed and closed, 2014/15"))
    }

    @Test("who was seen reads right when nobody was in custody or offered a visit", arguments: [
        (0, 0, 0, "No one was in custody at the time of the visits."),
        (1, 0, 0, "At the time of the visits 1 person was in custody; none was offered a visit."),
        (1, 1, 1, "At the time of the visits 1 person was in custody; 1 was offered a visit and 1 (100.0%) accepted and was spoken to."),
        (1035, 490, 475, "At the time of the visits 1,035 people were in custody; 490 were offered a visit and 475 (96.9%) accepted and were spoken to."),
    ])
    func seen(inCustody: Int, offered: Int, spokenTo: Int, sentence: String) {
        let people = AnnualReport.Detainees(inCustody: inCustody, offered: offered, spokenTo: spokenTo, declined: offered - spokenTo,
                                            spokenToRate: offered == 0 ? nil : Double(spokenTo) / Double(offered))
        #expect(AnnualReportDocument.detainees(people) == sentence)
    }

    @Test("where the visits went: each site visited, all to one, or nothing to say", arguments: [
        ([54, 51, 0, 3], ": 54 to A, 51 to B and 3 to D"), ([0, 5, 0, 0], ", all to B"), ([0, 1, 0, 0], ", to B"),
        ([0, 0, 0, 0], ""), ([12], ""),
    ])
    func spread(visits: [Int], words: String) {
        let rows = zip(["A", "B", "C", "D"], visits).map { AnnualReport.SiteVisits(site: $0, visits: $1) }
        let bySite = AnnualReport.VisitsBySite(total: visits.reduce(0, +), bySite: rows, byMonth: [])
        #expect(AnnualReportDocument.spread(bySite) == words)
    }
}
