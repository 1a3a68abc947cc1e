import Foundation
import Testing
import ICVCommandLine
import ICVTestSupport

@Suite struct ComplianceCommandTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The small scheme with visits to Euston Street in the weeks of 4 and 18 May 2015 and one on 2 May.
    private func scheme() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        for date in ["2015-05-02", "2015-05-05", "2015-05-19"] {
            try icv.succeed(InProcessICV.visit(["date": date]))
        }
        return icv
    }

    @Test("compliance --json has the SPEC's shape, sites in name order")
    func json() throws {
        let icv = try scheme()
        let report = try object(try icv.succeed(["compliance", "--from", "2015-05-04", "--to", "2015-05-24", "--json"]))
        #expect(report["from"] as? String == "2015-05-04")
        #expect(report["to"] as? String == "2015-05-24")
        let sites = try #require(report["sites"] as? [[String: Any]])
        #expect(sites.map { $0["siteId"] as? String } == ["dog-unit", "euston-street", "keyham-lane", "wigston"])
        let euston = sites[1]
        #expect(euston["site"] as? String == "Euston Street")
        #expect(euston["kind"] as? String == "custody-suite")
        #expect(euston["visits"] as? Int == 2)
        #expect(euston["periodsDue"] as? Int == 3)
        #expect(euston["periodsMet"] as? Int == 2)
        #expect(euston["periodsClosed"] as? Int == 0)
        #expect(euston["compliance"] as? Double == 0.6667)
        #expect(euston["longestMissedRun"] as? Int == 1)
        #expect(euston["longestGapDays"] as? Int == 14)
        #expect(euston["missed"] as? [[String: String]] == [["start": "2015-05-11", "end": "2015-05-17"]])
        #expect(sites[3]["compliance"] is NSNull)
        #expect(sites[0]["periodsDue"] as? Int == 0)
    }

    @Test("the table shows target, visits, due, met, closed, compliance, gap and a strip of periods")
    func table() throws {
        let icv = try scheme()
        let output = try icv.succeed(["compliance", "--from", "2015-05-04", "--to", "2015-05-24", "--site", "Euston Street"])
        #expect(output == """
            Compliance with visiting targets, 4 May 2015 to 24 May 2015

            SITE           TARGET  VISITS  DUE  MET  CLOSED  COMPLIANCE  LONGEST GAP  PERIODS
            -------------  ------  ------  ---  ---  ------  ----------  -----------  -------
            Euston Street  1/week       2    3    2       0       66.7%      14 days  +x+

            Periods: one character a week (a month for monthly targets): + met, x missed, - closed, . no target, ? not over yet.

            Missed:
              Euston Street: 11–17 May 2015

            """)
    }

    @Test("a site missing its first four weeks with no visit before them is pointed at site update --opened; three, or a visit before, is not")
    func notYetOpenedNote() throws {
        let icv = try scheme()
        let fourWeeks = try icv.succeed(["compliance", "--from", "2015-04-06", "--to", "2015-05-10", "--site", "keyham-lane"])
        #expect(fourWeeks.hasSuffix("""
            Missed:
              Keyham Lane: 6 April – 10 May 2015 (5 weeks)

            Keyham Lane missed its first 5 weeks here in a row, with no visit before them. If it joined the scheme later, give the day it did: icv site update keyham-lane --opened DATE

            """))
        let threeWeeks = try icv.succeed(["compliance", "--from", "2015-04-20", "--to", "2015-05-10", "--site", "keyham-lane"])
        #expect(!threeWeeks.contains("site update"))
        // Euston Street was visited on 2 May, before the weeks it missed from 11 May.
        let visitedBefore = try icv.succeed(["compliance", "--from", "2015-05-25", "--to", "2015-06-01", "--site", "euston-street"])
        #expect(!visitedBefore.contains("site update"))
        // Given on purpose: a site that joined on the range's first day is not pointed at --opened.
        try icv.succeed(["site", "update", "keyham-lane", "--opened", "2015-04-06"])
        #expect(!(try icv.succeed(["compliance", "--from", "2015-04-06", "--to", "2015-05-10", "--site", "keyham-lane"])).contains("site update"))
        try icv.succeed(["site", "update", "keyham-lane", "--opened", "2015-05-04"])
        #expect(!(try icv.succeed(["compliance", "--from", "2015-04-06", "--to", "2015-05-10", "--site", "keyham-lane"])).contains("site update"))
        #expect(!(try icv.succeed(["compliance", "--from", "2015-04-06", "--to", "2015-05-10", "--site", "keyham-lane", "--format", "csv"])).contains("site update"))
    }

    @Test("--format csv writes one row per site")
    func csv() throws {
        let icv = try scheme()
        let output = try icv.succeed(["compliance", "--from", "2015-05-04", "--to", "2015-05-24", "--format", "csv", "--site", "wigston"])
        #expect(output == """
            site,siteId,kind,target,visits,periodsDue,periodsMet,periodsClosed,compliance,longestMissedRun,longestGapDays,missed
            Wigston,wigston,custody-suite,occasional,0,0,0,0,,0,20,

            """)
    }

    @Test("without a range, compliance covers this financial year up to today")
    func defaultRange() throws {
        let icv = try scheme()
        let report = try object(try icv.succeed(["compliance", "--json"]))
        #expect(report["from"] as? String == "2015-04-01")
        #expect(report["to"] as? String == "2015-06-01")
    }

    @Test("a range that is not one is refused", arguments: [
        (["compliance", "--from", "2015-05-04"], Int32(2), "Give --from and --to together."),
        (["compliance", "--year", "2014", "--from", "2015-05-04", "--to", "2015-05-10"], 2, "Give --year, or --from and --to, not both."),
        (["compliance", "--from", "2015-05-04", "--to", "2015-05-01"], 1, "--to 2015-05-01 is before --from 2015-05-04."),
        (["compliance", "--year", "2014", "--format", "pdf"], 1, "'pdf' is not a valid --format: give one of table or csv."),
        (["compliance", "--year", "2014", "--site", "Nowhere"], 1, "There is no site 'Nowhere'."),
        (["status", "--date", "2015-06-02"], 1, "2 June 2015 is in the future (today is 1 June 2015). Give today or an earlier --date."),
    ])
    func refused(arguments: [String], exitCode: Int32, message: String) throws {
        let icv = try scheme()
        let result = icv.run(arguments)
        #expect(result.exitCode == exitCode)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    }

    @Test("status answers the Monday question for each site")
    func status() throws {
        let icv = try scheme()
        try icv.succeed(["site", "target", "Wigston", "1/week", "--from", "2015-05-18", "--to", "2015-05-31"])
        let report = try object(try icv.succeed(["status", "--date", "2015-05-20", "--json"]))
        let sites = try #require(report["sites"] as? [[String: Any]])
        let euston = try #require(sites.first { $0["siteId"] as? String == "euston-street" })
        #expect(euston["target"] as? String == "1/week")
        #expect(euston["period"] as? [String: String] == ["start": "2015-05-18", "end": "2015-05-24"])
        #expect(euston["visits"] as? Int == 1)
        #expect(euston["stillNeeded"] as? Int == 0)
        #expect(euston["daysLeft"] as? Int == 5)
        #expect(euston["daysSinceLastVisit"] as? Int == 1)
        let wigston = try #require(sites.first { $0["siteId"] as? String == "wigston" })
        #expect(wigston["stillNeeded"] as? Int == 1)
        let kennels = try #require(sites.first { $0["siteId"] as? String == "dog-unit" })
        #expect(kennels["period"] as? [String: String] == ["start": "2015-05-01", "end": "2015-05-31"])
        #expect(kennels["daysLeft"] as? Int == 12)
        #expect(kennels["lastVisit"] == nil)
        let text = try icv.succeed(["status", "--date", "2015-05-20"])
        #expect(text.contains("Dog Unit       1/month  May 2015             0             1         12  no visit in the last 13 months\n"))
    }

    @Test("status lists what to chase: old open requests and issues, vetting, probation")
    func chase() throws {
        let icv = try scheme()
        try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["request", "add", "CV3", "--category", "phone-call", "--status", "outstanding"])
        try icv.succeed(["issue", "add", "CV1", "--category", "food", "--detail", "Cold breakfasts"])
        try icv.succeed(["issue", "resolve", "I1", "--outcome", "Microwave mended", "--date", "2015-05-30"])
        try icv.succeed(["volunteer", "update", "V2", "--vetting-cleared", "2012-07-01", "--vetting-expires", "2015-07-01"])
        try icv.succeed(["volunteer", "add", "Hal Jay", "--scheme", "icv", "--joined", "2014-11-10", "--status", "probation"])
        let output = try icv.succeed(["status", "--date", "2015-05-20"])
        #expect(output.contains("""
            Requests open for more than 14 days:
            ID  VISIT  SITE           CATEGORY   RAISED      DAYS OPEN
            --  -----  -------------  ---------  ----------  ---------
            R1  CV1    Euston Street  solicitor  2015-05-02         18

            Issues open for more than 14 days:
            ID  VISIT  SITE           CATEGORY  RAISED      DAYS OPEN
            --  -----  -------------  --------  ----------  ---------
            I1  CV1    Euston Street  food      2015-05-02         18

            Vetting expiring within 60 days or expired:
            ID  NAME     EXPIRES     WHEN
            --  -------  ----------  --------------------
            V7  Gus Ivy  2015-01-01  expired 139 days ago
            V2  Ben Oke  2015-07-01  in 42 days

            Probationers whose six months are up:
            ID  NAME     ON PROBATION SINCE  SIX MONTHS ON
            --  -------  ------------------  -------------
            V8  Hal Jay  2014-11-10          2015-05-10
            """))
        let later = try icv.succeed(["status", "--date", "2015-06-01"])
        #expect(later.contains("Issues open for more than 14 days: none."))
    }

    @Test("the sample's 2014/15 compliance shows Keyham Lane's closed weeks and its missed target")
    func sample() throws {
        let sample = SampleData.leicestershire
        let result = Runner.run(["compliance", "--year", "2014", "--json", "--data", sample.path], environment: [:],
                                currentDirectory: sample, now: InProcessICV.defaultNow)
        let sites = try #require(try object(result.stdout)["sites"] as? [[String: Any]])
        let keyham = try #require(sites.first { $0["siteId"] as? String == "keyham-lane" })
        #expect(keyham["visits"] as? Int == 45)
        #expect(keyham["periodsClosed"] as? Int == 6)
        #expect(keyham["periodsDue"] as? Int == 46)
        #expect(keyham["periodsMet"] as? Int == 43)
        #expect(keyham["compliance"] as? Double == 0.9348)
        let euston = try #require(sites.first { $0["siteId"] as? String == "euston-street" })
        #expect(euston["missed"] as? [[String: String]] == [["start": "2014-06-02", "end": "2014-06-08"], ["start": "2014-06-09", "end": "2014-06-15"]])
        #expect(euston["longestMissedRun"] as? Int == 2)
        let beaumont = try #require(sites.first { $0["siteId"] as? String == "beaumont-leys" })
        #expect(beaumont["compliance"] as? Double == 1.0)
        let table = Runner.run(["compliance", "--year", "2014", "--data", sample.path], environment: [:], currentDirectory: sample,
                               now: InProcessICV.defaultNow).stdout
        #expect(table.contains("Dog Unit       from 2022-04-01       0    0    0       0         n/a            -\n"))
        #expect(table.contains("Keyham Lane    1/week               45   46   43       6       93.5%      52 days  ++++++++++++++++++x+++++++++++------+++++x++++++x+++\n"))
    }
}
