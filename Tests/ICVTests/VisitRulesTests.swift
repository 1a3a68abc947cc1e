import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine

@Suite struct VisitRulesTests {
    private static func date(_ text: String) -> LocalDate { LocalDate(text)! }
    private static func time(_ text: String) -> TimeOfDay { TimeOfDay(text)! }

    /// What a coordinator is told of a broken rule, as `visit log` says it.
    private static func said(_ error: any Error) -> String {
        (error as? VisitViolation)?.message(.flags) ?? "not a visit rule: \(error)"
    }

    // MARK: Counts

    @Test("accepts spokenTo ≤ offered ≤ inCustody − notAvailable", arguments: [
        (12, 4, 8, 7), (0, 0, 0, 0), (5, 5, 0, 0), (8, 0, 8, 8),
    ])
    func acceptsCounts(inCustody: Int, notAvailable: Int, offered: Int, spokenTo: Int) throws {
        try VisitRules.checkCounts(DetaineeCounts(inCustody: inCustody, notAvailable: notAvailable, offered: offered, spokenTo: spokenTo))
    }

    @Test("rejects counts that do not add up, saying which", arguments: [
        (12, 4, 9, 7, "9 offered a visit is more than the 8 available"),
        (12, 0, 8, 9, "9 spoken to is more than the 8 offered"),
        (3, 4, 0, 0, "4 not available is more than the 3 in custody"),
        (-1, 0, 0, 0, "--in-custody is -1; counts cannot be negative"),
        (5, -1, 0, 0, "--not-available is -1"),
    ])
    func rejectsCounts(inCustody: Int, notAvailable: Int, offered: Int, spokenTo: Int, message: String) {
        #expect {
            try VisitRules.checkCounts(DetaineeCounts(inCustody: inCustody, notAvailable: notAvailable, offered: offered, spokenTo: spokenTo))
        } throws: { Self.said($0).contains(message) }
    }

    // MARK: Times

    @Test("accepts visits that end later, run past midnight, or admit within 10 minutes", arguments: [
        ("19:40", "21:05", nil, nil), ("23:20", "00:35", "23:25", nil), ("10:00", "22:00", "10:10", nil),
        ("10:00", "11:00", "10:25", "Incident in the cell block"), ("23:50", "00:30", "00:05", "Inspector authorised delay"),
    ] as [(String, String, String?, String?)])
    func acceptsTimes(arrived: String, left: String, admitted: String?, reason: String?) throws {
        try VisitRules.checkTimes(VisitTimes(arrived: Self.time(arrived), left: Self.time(left), admitted: admitted.map(Self.time)),
                                  delayReason: reason)
    }

    @Test("rejects impossible times and unexplained delays", arguments: [
        ("10:00", "10:00", nil, "the same time it arrived"),
        ("08:00", "20:01", nil, "would last 12.0 hours; visits over 12 hours are not accepted"),
        ("21:00", "20:00", nil, "would last 23.0 hours"),
        ("10:00", "11:00", "11:30", "is not between arrival"),
        ("10:00", "11:00", "09:55", "is not between arrival"),
        ("10:00", "11:00", "10:11", "waited 11 minutes to be admitted"),
        ("23:55", "01:00", "00:10", "waited 15 minutes"),
    ] as [(String, String, String?, String)])
    func rejectsTimes(arrived: String, left: String, admitted: String?, message: String) {
        #expect {
            try VisitRules.checkTimes(VisitTimes(arrived: Self.time(arrived), left: Self.time(left), admitted: admitted.map(Self.time)),
                                      delayReason: nil)
        } throws: { Self.said($0).contains(message) }
    }

    @Test("a visit of exactly 12 hours is accepted")
    func twelveHours() throws {
        try VisitRules.checkTimes(VisitTimes(arrived: Self.time("08:00"), left: Self.time("20:00"), admitted: nil), delayReason: nil)
    }

    // MARK: Date and site

    @Test("a date after today is rejected; today is accepted")
    func future() throws {
        try VisitRules.checkNotFuture(Self.date("2015-06-01"), today: Self.date("2015-06-01"))
        #expect {
            try VisitRules.checkNotFuture(Self.date("2015-06-02"), today: Self.date("2015-06-01"))
        } throws: { Self.said($0) == "2 June 2015 is in the future (today is 1 June 2015). Log a visit once it has happened." }
    }

    private static func suite() -> Site {
        var site = Site(id: "keyham-lane", name: "Keyham Lane", kind: .custodySuite, target: Target(visits: 1, period: .week),
                        occasional: false, opened: date("2010-01-01"))
        site.closures = [Site.Closure(from: date("2014-11-03"), to: date("2014-12-14"), reason: "Refurbishment")]
        return site
    }

    @Test("the site must be of the right kind, open and already in the scheme", arguments: [
        ("2014-11-03", Site.Kind.custodySuite, "Keyham Lane is closed from 3 November 2014 to 14 December 2014 (Refurbishment)"),
        ("2014-12-14", .custodySuite, "closed from 3 November 2014"),
        ("2009-12-31", .custodySuite, "joined the scheme on 1 January 2010, after 31 December 2009; no visit can be logged before a site joined."),
        ("2014-05-02", .kennels, "Keyham Lane is a custody suite, not kennels. Log visits to it with `icv visit log`."),
    ])
    func rejectsSite(date: String, kind: Site.Kind, message: String) {
        #expect {
            try VisitRules.checkSite(Self.suite(), accepts: kind, on: Self.date(date))
        } throws: { Self.said($0).contains(message) }
    }

    @Test("an open day at the right kind of site passes", arguments: ["2014-11-02", "2014-12-15", "2010-01-01"])
    func acceptsSite(date: String) throws {
        try VisitRules.checkSite(Self.suite(), accepts: .custodySuite, on: Self.date(date))
    }

    // MARK: Visitors

    private static func volunteer(_ number: Int, _ schemes: [SchemeKind] = [.icv], joined: String = "2010-01-01",
                                  status: VolunteerStatus = .active, vettingExpires: String? = nil) -> Volunteer {
        var volunteer = Volunteer(id: VolunteerID(number), name: "Person \(number)", schemes: schemes, joined: date(joined), status: status)
        volunteer.vettingHistory = vettingExpires.map { [Volunteer.Vetting(cleared: date("2009-01-01"), expires: date($0))] } ?? []
        return volunteer
    }

    @Test("visitors must be a pair of distinct members able to visit that day", arguments: [
        ([volunteer(1)], SchemeKind.icv, "Visits are made in pairs"),
        ([volunteer(1), volunteer(1)], .icv, "Person 1 (V1) is named twice"),
        ([volunteer(1), volunteer(2, [.aws])], .icv, "Person 2 (V2) is not a member of the Independent Custody Visiting scheme"),
        ([volunteer(1), volunteer(2)], .aws, "Person 1 (V1) is not a member of the Animal Welfare Scheme"),
        ([volunteer(1), volunteer(2, joined: "2015-01-01")], .icv, "Person 2 (V2) had not joined on 2 May 2014"),
        ([volunteer(1), volunteer(2, status: .suspended)], .icv, "Person 2 (V2) was suspended from 1 January 2010, so could not visit on 2 May 2014"),
        ([volunteer(1), volunteer(2, status: .left)], .icv, "Person 2 (V2) had left the scheme by 2 May 2014"),
    ])
    func rejectsVisitors(visitors: [Volunteer], scheme: SchemeKind, message: String) {
        #expect {
            try VisitRules.checkVisitors(visitors, scheme: scheme, on: Self.date("2014-05-02"))
        } throws: { Self.said($0).contains(message) }
    }

    @Test("probationers may visit; expired vetting is only a warning")
    func vettingWarning() throws {
        let warnings = try VisitRules.checkVisitors(
            [Self.volunteer(1, status: .probation), Self.volunteer(2, vettingExpires: "2014-05-02"), Self.volunteer(3, vettingExpires: "2014-05-03")],
            scheme: .icv, on: Self.date("2014-05-02"))
        #expect(warnings.map { VisitViolation.vettingWarning($0, before: "this visit") } == ["Person 2 (V2)'s vetting expired on 2 May 2014, before this visit. Renew it with `icv volunteer update V2 --vetting-cleared DATE --vetting-expires DATE`."])
    }

    @Test("vetting is judged by the clearance in force on the visit's date: a lapse between clearances warns, naming the one that lapsed", arguments: [
        ("2014-04-30", nil), ("2014-05-02", "2 May 2014"), ("2014-06-30", "2 May 2014"), ("2014-07-01", nil), ("2008-12-31", nil),
    ] as [(String, String?)])
    func vettingHistoryWarning(date: String, expired: String?) throws {
        var renewed = Self.volunteer(2, joined: "2008-01-01", vettingExpires: "2014-05-02")
        renewed.addClearance(Volunteer.Vetting(cleared: Self.date("2014-07-01"), expires: Self.date("2017-07-01")))
        let warnings = try VisitRules.checkVisitors([Self.volunteer(1, joined: "2008-01-01"), renewed], scheme: .icv, on: Self.date(date))
        #expect(warnings.map(\.clearance.expires.prose) == (expired.map { [$0] } ?? []))
        #expect(warnings.allSatisfy { $0.visitor.id == renewed.id })
    }

    @Test("a likely duplicate names the visit already logged")
    func duplicate() {
        #expect {
            try VisitRules.checkNotDuplicate(existing: "CV3", site: Self.suite(), date: Self.date("2014-05-02"), arrived: Self.time("19:40"))
        } throws: { Self.said($0).hasPrefix("CV3 already records a visit to Keyham Lane on 2 May 2014 arriving at 19:40. If this really is another visit, add --allow-duplicate") }
        #expect(throws: Never.self) {
            try VisitRules.checkNotDuplicate(existing: nil, site: Self.suite(), date: Self.date("2014-05-02"), arrived: Self.time("19:40"))
        }
    }
}
