import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import Foundation
import ICVTestSupport

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

    // MARK: One person, one place

    /// CV3: Keyham Lane, 2 May 2014, 19:40–21:05, by V1 and V2.
    private static let recorded = NamedVisit(
        name: "CV3", siteName: "Keyham Lane",
        place: VisitPlace(visit: .custody(CustodyVisitID(3)), site: "keyham-lane", date: date("2014-05-02"), arrived: time("19:40"),
                          left: time("21:05"), visitors: [VolunteerID(1), VolunteerID(2)]))

    private static func span(_ date: String, _ arrived: String, _ left: String) -> VisitSpan {
        VisitSpan(date: Self.date(date), times: VisitTimes(arrived: time(arrived), left: time(left), admitted: nil))
    }

    @Test("a visit at the same site overlapping one recorded is a likely duplicate, naming it", arguments: [
        ("2014-05-02", "19:40", "21:05"), ("2014-05-02", "21:00", "22:00"), ("2014-05-02", "18:00", "19:41"),
    ])
    func duplicate(date: String, arrived: String, left: String) {
        #expect {
            try VisitRules.checkNotDuplicate(at: Self.suite(), Self.span(date, arrived, left), among: [Self.recorded])
        } throws: {
            Self.said($0) == "This visit overlaps CV3 at Keyham Lane on 2 May 2014, 19:40–21:05, so it is probably the same visit typed twice. If it really is another visit, add --allow-duplicate; otherwise see `icv visit show CV3`."
        }
    }

    @Test("a visit at the same site that does not overlap is no duplicate; one ending as the other begins does not overlap", arguments: [
        ("2014-05-02", "21:05", "22:00"), ("2014-05-02", "18:00", "19:40"), ("2014-05-03", "19:40", "21:05"), ("2014-05-01", "19:40", "21:05"),
    ])
    func notDuplicate(date: String, arrived: String, left: String) throws {
        try VisitRules.checkNotDuplicate(at: Self.suite(), Self.span(date, arrived, left), among: [Self.recorded])
    }

    @Test("a visitor on another visit overlapping this one is refused, naming it, past midnight too", arguments: [
        ("2014-05-02", "20:00", "20:30"), ("2014-05-02", "21:00", "23:00"), ("2014-05-01", "23:00", "19:41"),
    ])
    func visitorElsewhere(date: String, arrived: String, left: String) {
        #expect {
            try VisitRules.checkVisitorsFree([Self.volunteer(4), Self.volunteer(2)], Self.span(date, arrived, left), among: [Self.recorded])
        } throws: {
            Self.said($0) == "Person 2 (V2) was on another visit at the same time: CV3 at Keyham Lane on 2 May 2014, 19:40–21:05. One person cannot be in two places: check the visitors, the date and the times."
        }
    }

    @Test("visitors on no overlapping visit are free")
    func visitorsFree() throws {
        try VisitRules.checkVisitorsFree([Self.volunteer(4), Self.volunteer(5)], Self.span("2014-05-02", "20:00", "20:30"), among: [Self.recorded])
        try VisitRules.checkVisitorsFree([Self.volunteer(1), Self.volunteer(2)], Self.span("2014-05-02", "21:05", "22:00"), among: [Self.recorded])
    }

    @Test("a visit past midnight is found from the day after it began")
    func pastMidnight() {
        let late = NamedVisit(name: "CV4", siteName: "Euston Street",
                              place: VisitPlace(visit: .custody(CustodyVisitID(4)), site: "euston-street", date: Self.date("2014-05-01"),
                                                arrived: Self.time("23:30"), left: Self.time("00:45"), visitors: [VolunteerID(1)]))
        let byDay = VisitsByDay([late])
        #expect(byDay.overlapping(Self.span("2014-05-02", "00:30", "01:00")) == [late])
        #expect(byDay.overlapping(Self.span("2014-05-02", "00:45", "01:00")).isEmpty)
        #expect(byDay.overlapping(Self.span("2014-05-01", "22:00", "23:31")) == [late])
        #expect(byDay.overlapping(Self.span("2014-05-03", "00:00", "01:00")).isEmpty)
        #expect(throws: VisitViolation.self) {
            try VisitRules.checkVisitorsFree([Self.volunteer(1)], Self.span("2014-05-02", "00:30", "01:00"), among: byDay.overlapping(Self.span("2014-05-02", "00:30", "01:00")))
        }
    }

    // MARK: Requests, and the arrival now

    @Test("requests need someone spoken to", arguments: [(1, 0, false), (3, 0, false), (0, 0, true), (2, 1, true)])
    func requests(count: Int, spokenTo: Int, accepted: Bool) {
        let result = Result { () throws(VisitViolation) in try VisitRules.checkRequests(count, spokenTo: spokenTo) }
        if accepted {
            #expect(throws: Never.self) { try result.get() }
        } else {
            #expect { try result.get() } throws: {
                Self.said($0) == "Requests come from detainees spoken to, and nobody was spoken to on this visit, so it takes no \(count == 1 ? "request" : "requests"). Check --spoken-to."
            }
        }
    }

    @Test("a visit today arriving later than now is in the future; one arriving now or earlier, or on an earlier day, is not", arguments: [
        ("2015-06-01", "12:01", false), ("2015-06-01", "23:59", false), ("2015-06-01", "12:00", true), ("2015-05-31", "23:59", true),
    ])
    func arrivalNow(date: String, arrived: String, accepted: Bool) throws {
        // Noon in London on 1 June 2015.
        let clock = Clock(now: InProcessICV.defaultNow, timeZone: try #require(TimeZone(identifier: "Europe/London")))
        let result = Result { () throws(VisitViolation) in try VisitRules.checkHasBegun(Self.date(date), arrived: Self.time(arrived), today: clock.today, now: clock.timeOfDay) }
        if accepted {
            #expect(throws: Never.self) { try result.get() }
        } else {
            #expect { try result.get() } throws: {
                Self.said($0) == "Arriving at \(arrived) on 1 June 2015 is in the future (it is now 12:00). Log a visit once it has happened."
            }
        }
    }
}
