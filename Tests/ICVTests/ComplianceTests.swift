import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine

/// SPEC.md "Compliance", each case worked out by hand.
@Suite struct ComplianceTests {
    private static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    private static func site(target: String? = "1/week", kind: Site.Kind = .custodySuite, opened: String? = nil,
                             rules: [(String, String, String?)] = [], closures: [(String, String?)] = []) -> Site {
        var site = Site(id: "s", name: "Suite", kind: kind, target: target.flatMap(Target.init), occasional: target == nil,
                        opened: opened.map(date))
        site.targetRules = rules.map { Site.TargetRule(target: Target($0.0)!, from: date($0.1), to: $0.2.map(date)) }
        site.closures = closures.map { Site.Closure(from: date($0.0), to: $0.1.map(date), reason: nil) }
        return site
    }

    private static func compliance(_ site: Site, visits: [String], from: String, to: String, today: String = "2030-01-01") -> SiteCompliance {
        ComplianceCalculator.compliance(of: site, visitDates: visits.map(date), from: date(from), to: date(to), today: date(today))
    }

    private static func starts(_ periods: [Period]) -> [String] { periods.map(\.start.description) }

    @Test("a week split by 1 April belongs to the year its Monday falls in; its visits count there")
    func yearBoundary() {
        // 2015/16 starts on Wednesday 1 April: the week of 30 March is not selected; the week of 28 March 2016 is,
        // and a visit on 2 April 2016 (next year) meets it.
        let result = Self.compliance(Self.site(), visits: ["2015-04-02", "2016-04-02"], from: "2015-04-01", to: "2016-03-31")
        #expect(result.periods.first?.period.start == Self.date("2015-04-06"))
        #expect(result.periods.last?.period == Period(start: Self.date("2016-03-28"), end: Self.date("2016-04-03")))
        #expect(result.visits == 1)
        #expect((result.periodsDue, result.periodsMet) == (52, 1))
        #expect(result.compliance == 0.0192)
        #expect(result.longestMissedRun == 51)
    }

    @Test("a visit on Sunday at 23:30 and one on Monday at 00:10 fall in different weeks")
    func sundayAndMonday() {
        let result = Self.compliance(Self.site(), visits: ["2015-05-10", "2015-05-11"], from: "2015-05-04", to: "2015-05-17")
        #expect(result.periods.map(\.state) == [.met, .met])
        #expect(result.compliance == 1.0)
    }

    @Test("a fortnightly rule from mid-week to mid-week: each week is judged with the week before")
    func fortnightly() {
        // The rule runs Wednesday 7 April to Wednesday 30 June 2021. The week of 5 April starts before it (weekly);
        // the week of 28 June starts inside it (fortnightly); the week of 5 July is weekly again.
        let site = Self.site(rules: [("1/fortnight", "2021-04-07", "2021-06-30")])
        let visits = ["2021-04-06", "2021-04-20", "2021-05-05", "2021-05-19", "2021-06-02", "2021-06-30", "2021-07-06"]
        let result = Self.compliance(site, visits: visits, from: "2021-04-05", to: "2021-07-11")
        #expect(result.periods.map { $0.target?.description } == ["1/week"] + Array(repeating: "1/fortnight", count: 12) + ["1/week"])
        #expect(Self.starts(result.missed) == ["2021-06-14", "2021-06-21"])
        #expect((result.periodsDue, result.periodsMet, result.longestMissedRun) == (14, 12, 2))
        #expect(result.compliance == 0.8571)
    }

    @Test("a closure of a whole week makes it closed; one of three days leaves the week due", arguments: [
        ([String](), 0, ["2014-11-10"]), (["2014-11-10"], 1, []),
    ])
    func closures(visits: [String], met: Int, missed: [String]) {
        let site = Self.site(closures: [("2014-11-03", "2014-11-09"), ("2014-11-12", "2014-11-14")])
        let result = Self.compliance(site, visits: visits, from: "2014-11-03", to: "2014-11-16")
        #expect(result.periods.first?.state == .closed)
        #expect((result.periodsDue, result.periodsMet, result.periodsClosed) == (1, met, 1))
        #expect(Self.starts(result.missed) == missed)
    }

    @Test("consecutive missed weeks join into one run with its count")
    func missedRuns() {
        let result = Self.compliance(Self.site(), visits: ["2015-05-05", "2015-05-26"], from: "2015-05-04", to: "2015-06-14")
        #expect(result.missedRuns.map { "\($0.span.prose) ×\($0.count)" } == ["11–24 May 2015 ×2", "1–14 June 2015 ×2"])
    }

    @Test("closed weeks neither break nor extend a run of missed weeks")
    func runAcrossClosure() {
        let site = Self.site(closures: [("2014-11-03", "2014-11-09")])
        let result = Self.compliance(site, visits: ["2014-10-20"], from: "2014-10-20", to: "2014-11-16")
        #expect(result.periods.map(\.state) == [.met, .missed, .closed, .missed])
        #expect(result.longestMissedRun == 2)
    }

    @Test("kennels are judged by calendar month, and a month closed throughout is not due")
    func kennelsMonthClosed() {
        let site = Self.site(target: "1/month", kind: .kennels, closures: [("2022-08-01", "2022-08-31")])
        let visits = ["2022-04-12", "2022-05-10", "2022-06-14", "2022-07-12", "2022-09-13", "2022-10-11", "2022-11-08",
                      "2022-12-13", "2023-01-10", "2023-02-14", "2023-03-14"]
        let result = Self.compliance(site, visits: visits, from: "2022-04-01", to: "2023-03-31")
        #expect(result.periods.count == 12)
        #expect(result.periods[4].period == Period(start: Self.date("2022-08-01"), end: Self.date("2022-08-31")))
        #expect((result.periodsDue, result.periodsMet, result.periodsClosed) == (11, 11, 1))
        #expect(result.compliance == 1.0)
    }

    @Test("of two overlapping rules the one with the latest --from applies, judged on each period's first day")
    func overlappingRules() {
        let site = Self.site(rules: [("2/week", "2015-05-04", "2015-05-31"), ("1/week", "2015-05-18", nil)])
        let result = Self.compliance(site, visits: ["2015-05-05", "2015-05-12", "2015-05-19", "2015-05-26"],
                                     from: "2015-05-04", to: "2015-05-31")
        #expect(result.periods.map { $0.target?.description } == ["2/week", "2/week", "1/week", "1/week"])
        #expect(result.periods.map(\.state) == [.missed, .missed, .met, .met])
        #expect(result.compliance == 0.5)
    }

    @Test("an occasional site has no compliance, except under a site target rule")
    func occasional() {
        let plain = Self.compliance(Self.site(target: nil), visits: ["2014-07-16", "2014-11-22"], from: "2014-04-01", to: "2015-03-31")
        #expect(plain.visits == 2)
        #expect(plain.periodsDue == 0)
        #expect(plain.compliance == nil)
        let ruled = Self.compliance(Self.site(target: nil, rules: [("1/week", "2014-07-14", "2014-07-27")]),
                                    visits: ["2014-07-16"], from: "2014-04-01", to: "2015-03-31")
        #expect((ruled.periodsDue, ruled.periodsMet) == (2, 1))
        #expect(ruled.compliance == 0.5)
    }

    @Test("a site with no visits missed every week of the year")
    func noVisits() {
        let result = Self.compliance(Self.site(), visits: [], from: "2014-04-01", to: "2015-03-31")
        #expect((result.visits, result.periodsDue, result.periodsMet) == (0, 52, 0))
        #expect(result.compliance == 0.0)
        #expect(result.longestMissedRun == 52)
        #expect(result.longestGapDays == 364)
        #expect(result.missed.count == 52)
    }

    @Test("weeks run Monday to Sunday across the changes to and from British Summer Time", arguments: [
        ("2015-03-29", "2015-03-23", "2015-03-29"), ("2015-03-30", "2015-03-30", "2015-04-05"),
        ("2015-10-25", "2015-10-19", "2015-10-25"), ("2015-10-26", "2015-10-26", "2015-11-01"),
    ])
    func summerTime(day: String, monday: String, sunday: String) {
        #expect(Period.week(containing: Self.date(day)) == Period(start: Self.date(monday), end: Self.date(sunday)))
    }

    @Test("today is the scheme's local date on the nights the clocks change", arguments: [
        (1_427_671_800.0, "2015-03-30"),  // 2015-03-29 23:30 UTC is 00:30 BST on Monday
        (1_445_815_800.0, "2015-10-25"),  // 2015-10-25 23:30 UTC is 23:30 GMT on Sunday
    ])
    func todayAcrossSummerTime(instant: Double, today: String) throws {
        let zone = try #require(TimeZone(identifier: "Europe/London"))
        #expect(Clock(now: Date(timeIntervalSince1970: instant), timeZone: zone).today == Self.date(today))
    }

    @Test("the longest gap runs from the range start through the visits to the range end or today")
    func longestGap() {
        #expect(Self.compliance(Self.site(), visits: ["2015-05-03", "2015-05-10"], from: "2015-05-01", to: "2015-05-12").longestGapDays == 7)
        #expect(Self.compliance(Self.site(), visits: ["2015-05-03"], from: "2015-05-01", to: "2015-05-31", today: "2015-05-05").longestGapDays == 2)
    }

    @Test("a week not over yet is judged only once met; later weeks wait too", arguments: [
        ("2015-05-13", [String](), [PeriodOutcome.State.met, .pending, .pending]),
        ("2015-05-13", ["2015-05-12"], [.met, .met, .pending]),
        ("2015-05-17", [], [.met, .pending, .pending]),
        ("2015-05-18", [], [.met, .missed, .pending]),
    ])
    func notOverYet(today: String, extra: [String], states: [PeriodOutcome.State]) {
        let result = Self.compliance(Self.site(), visits: ["2015-05-05"] + extra, from: "2015-05-04", to: "2015-05-24", today: today)
        #expect(result.periods.map(\.state) == states)
        #expect(result.periodsDue == states.filter { $0 == .met || $0 == .missed }.count)
        #expect(result.longestMissedRun == (states.contains(.missed) ? 1 : 0))
    }

    @Test("the longest gap of a site that joined inside the range starts on its opening day")
    func gapFromOpening() {
        let result = Self.compliance(Self.site(opened: "2015-05-18"), visits: ["2015-05-20"], from: "2015-04-01", to: "2015-05-31")
        #expect(result.longestGapDays == 11)
    }

    @Test("weeks that start before a site joined the scheme are not listed")
    func opened() {
        let result = Self.compliance(Self.site(opened: "2015-05-13"), visits: [], from: "2015-05-04", to: "2015-05-31")
        #expect(Self.starts(result.periods.map(\.period)) == ["2015-05-18", "2015-05-25"])
    }

    @Test("compliance is written as null when nothing was due, and to 4 decimal places otherwise")
    func json() throws {
        let none = String(decoding: try JSONCoding.encode(Self.compliance(Self.site(target: nil), visits: [], from: "2015-05-04", to: "2015-05-10")), as: UTF8.self)
        #expect(none.contains("\"compliance\" : null"))
        let some = String(decoding: try JSONCoding.encode(Self.compliance(Self.site(), visits: ["2015-05-05"], from: "2015-05-04", to: "2015-05-24")), as: UTF8.self)
        #expect(some.contains("\"compliance\" : 0.3333"))
        #expect(some.contains("\"missed\" : [\n    {\n      \"end\" : \"2015-05-17\",\n      \"start\" : \"2015-05-11\""))
    }

    @Test("periods read as dates in prose", arguments: [
        ("2014-06-02", "2014-06-08", "2–8 June 2014"), ("2014-07-28", "2014-08-03", "28 July – 3 August 2014"),
        ("2014-12-29", "2015-01-04", "29 December 2014 – 4 January 2015"), ("2015-03-01", "2015-03-31", "March 2015"),
    ])
    func prose(start: String, end: String, text: String) {
        #expect(Period(start: Self.date(start), end: Self.date(end)).prose == text)
    }
}
