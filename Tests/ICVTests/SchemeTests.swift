import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine

@Suite struct SchemeTests {
    @Test("targets parse as N/week, N/fortnight or N/month", arguments: [
        ("1/week", 1, Target.Period.week), ("2/fortnight", 2, .fortnight), ("1/month", 1, .month), ("3/WEEK", 3, .week),
    ])
    func parsesTarget(text: String, visits: Int, period: Target.Period) throws {
        #expect(try Target(parsing: text) == Target(visits: visits, period: period))
    }

    @Test("a target of zero, an unknown period or a malformed one is refused with a message", arguments: [
        ("0/week", "A target of 0 visits is not a target"),
        ("1/year", "a period of week, fortnight or month"),
        ("weekly", "a target such as 1/week"),
        ("-1/week", "A target of -1 visits"),
    ])
    func refusesTarget(text: String, message: String) {
        #expect {
            try SiteTargetCommand.parseTarget(text)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test("slugs are made from names", arguments: [
        ("Euston Street", "euston-street"), ("  Beaumont  Leys ", "beaumont-leys"), ("St. Ann's (North)", "st-ann-s-north"),
        ("Dog Unit 2", "dog-unit-2"),
    ])
    func slug(name: String, slug: String) {
        #expect(Site.slug(for: name) == slug)
    }

    private func site(rules: [(String, String, String?)]) throws -> Site {
        var site = Site(id: "s", name: "S", kind: .custodySuite, target: Target(visits: 1, period: .week), occasional: false, opened: nil)
        for (target, from, to) in rules {
            site.targetRules.append(Site.TargetRule(target: try Target(parsing: target), from: try #require(LocalDate(from)),
                                                    to: try to.map { try #require(LocalDate($0)) }))
        }
        return site
    }

    @Test("the target in force is the covering rule with the latest --from, else the base target", arguments: [
        ("2021-03-31", "1/week"), ("2021-04-01", "1/fortnight"), ("2021-05-15", "2/week"), ("2021-06-30", "2/week"),
        ("2021-07-01", "1/week"),
    ])
    func targetInForce(date: String, expected: String) throws {
        let site = try site(rules: [("1/fortnight", "2021-04-01", "2021-06-30"), ("2/week", "2021-05-01", "2021-06-30")])
        #expect(site.target(on: try #require(LocalDate(date)))?.description == expected)
    }

    @Test("of two rules with the same --from, the one added last wins")
    func sameFromLastWins() throws {
        let site = try site(rules: [("2/week", "2021-04-01", nil), ("1/fortnight", "2021-04-01", nil)])
        #expect(site.target(on: try #require(LocalDate("2021-05-01")))?.description == "1/fortnight")
    }

    @Test("a closure covers both its ends, and without --to every day after", arguments: [
        ("2014-11-02", false), ("2014-11-03", true), ("2014-12-14", true), ("2014-12-15", false), ("2016-01-01", true),
    ])
    func closures(date: String, closed: Bool) throws {
        var site = try site(rules: [])
        site.closures = [Site.Closure(from: try #require(LocalDate("2014-11-03")), to: LocalDate("2014-12-14"), reason: nil),
                         Site.Closure(from: try #require(LocalDate("2015-06-01")), to: nil, reason: nil)]
        #expect((site.closure(on: try #require(LocalDate(date))) != nil) == closed)
    }
}

@Suite struct VolunteerTests {
    private func volunteer() throws -> Volunteer {
        var volunteer = Volunteer(id: VolunteerID(1), name: "Ann Ray", schemes: [.icv], joined: try #require(LocalDate("2014-05-12")),
                                  status: .probation)
        volunteer.setStatus(.active, from: try #require(LocalDate("2014-11-12")))
        volunteer.setStatus(.suspended, from: try #require(LocalDate("2015-02-01")))
        volunteer.setStatus(.active, from: try #require(LocalDate("2015-03-01")))
        volunteer.setStatus(.left, from: try #require(LocalDate("2016-01-01")))
        return volunteer
    }

    @Test("the status on a date comes from the dated history; none before joining", arguments: [
        ("2014-05-11", nil), ("2014-05-12", VolunteerStatus.probation), ("2014-11-11", .probation), ("2014-11-12", .active),
        ("2015-02-01", .suspended), ("2015-02-28", .suspended), ("2015-03-01", .active), ("2016-01-01", .left),
    ])
    func statusOnDate(date: String, status: VolunteerStatus?) throws {
        #expect(try volunteer().status(on: try #require(LocalDate(date))) == status)
    }

    @Test("a change on a date already in the history replaces it")
    func replacesSameDate() throws {
        var volunteer = try volunteer()
        volunteer.setStatus(.active, from: try #require(LocalDate("2015-02-01")))
        #expect(volunteer.status(on: try #require(LocalDate("2015-02-15"))) == .active)
        #expect(volunteer.statusHistory.count == 5)
    }

    @Test("active or on probation on some day of a range: the edges of each status count", arguments: [
        ("2014-01-01", "2014-05-11", false), ("2014-01-01", "2014-05-12", true), ("2015-02-01", "2015-02-28", false),
        ("2015-02-28", "2015-03-01", true), ("2015-12-31", "2016-06-30", true), ("2016-01-01", "2017-12-31", false),
    ])
    func mayVisitInRange(first: String, last: String, expected: Bool) throws {
        let range = (try #require(LocalDate(first)), try #require(LocalDate(last)))
        #expect(try volunteer().mayVisit(onSomeDayFrom: range.0, to: range.1) == expected)
    }

    @Test("only probation and active may visit", arguments: VolunteerStatus.allCases)
    func mayVisit(status: VolunteerStatus) {
        #expect(status.mayVisit == [.probation, .active].contains(status))
    }

    @Test("hours fall between joining and leaving: before joining or on or after the day they left is a violation", arguments: [
        ("2014-05-11", "before joining"), ("2014-05-12", nil), ("2015-02-01", nil), ("2015-12-31", nil),
        ("2016-01-01", "after leaving"), ("2017-03-01", "after leaving"),
    ] as [(String, String?)])
    func activityDates(date: String, broken: String?) throws {
        let activity = Activity(date: LocalDate(date)!, kind: .training, hours: 2, description: nil)
        let expected: [VolunteerViolation] = switch broken {
        case "before joining": [.activityBeforeJoining(activity)]
        case "after leaving": [.activityAfterLeaving(activity, left: LocalDate("2016-01-01")!)]
        default: []
        }
        #expect(try activity.violations(of: volunteer()) == expected)
    }

    @Test("a leaver who comes back may give hours again from the day they return")
    func activityAfterReturning() throws {
        var volunteer = try volunteer()
        volunteer.setStatus(.active, from: LocalDate("2016-06-01")!)
        let during = Activity(date: LocalDate("2016-03-01")!, kind: .other, hours: 1, description: nil)
        #expect(during.violations(of: volunteer) == [.activityAfterLeaving(during, left: LocalDate("2016-01-01")!)])
        #expect(Activity(date: LocalDate("2016-06-01")!, kind: .other, hours: 1, description: nil).violations(of: volunteer).isEmpty)
    }

    // MARK: - Vetting

    private static func clearance(_ cleared: String, _ expires: String) -> Volunteer.Vetting {
        Volunteer.Vetting(cleared: LocalDate(cleared)!, expires: LocalDate(expires)!)
    }

    /// Cleared 28 April 2014 until 28 April 2017; renewed late, on 1 June 2017, until 1 June 2020.
    private func vetted() throws -> Volunteer {
        var volunteer = try volunteer()
        volunteer.addClearance(Self.clearance("2017-06-01", "2020-06-01"))
        volunteer.addClearance(Self.clearance("2014-04-28", "2017-04-28"))
        return volunteer
    }

    @Test("the clearance in force on a date is the latest cleared on or before it; none before the first", arguments: [
        ("2014-04-27", nil), ("2014-04-28", "2014-04-28"), ("2017-04-28", "2014-04-28"), ("2017-05-31", "2014-04-28"),
        ("2017-06-01", "2017-06-01"), ("2021-01-01", "2017-06-01"),
    ] as [(String, String?)])
    func vettingOnDate(date: String, cleared: String?) throws {
        #expect(try vetted().vetting(on: LocalDate(date)!)?.cleared.description == cleared)
    }

    @Test("vetting has expired from its expiry date until a renewal is cleared; before the first clearance nothing is warned", arguments: [
        ("2014-04-27", nil), ("2017-04-27", nil), ("2017-04-28", "2017-04-28"), ("2017-05-31", "2017-04-28"), ("2017-06-01", nil),
        ("2020-06-01", "2020-06-01"),
    ] as [(String, String?)])
    func expiredOnDate(date: String, expired: String?) throws {
        #expect(try vetted().expiredVetting(on: LocalDate(date)!)?.expires.description == expired)
    }

    @Test("a volunteer with no clearance recorded has none in force and nothing expired")
    func noVetting() throws {
        let volunteer = try volunteer()
        #expect(volunteer.vetting(on: LocalDate("2015-01-01")!) == nil)
        #expect(volunteer.expiredVetting(on: LocalDate("2015-01-01")!) == nil)
        #expect(volunteer.currentVetting(on: LocalDate("2015-01-01")!) == nil)
    }

    @Test("a clearance is added in cleared-date order, the earlier ones kept; one cleared on the same day replaces it")
    func addClearance() throws {
        var volunteer = try vetted()
        #expect(volunteer.vettingHistory == [Self.clearance("2014-04-28", "2017-04-28"), Self.clearance("2017-06-01", "2020-06-01")])
        volunteer.addClearance(Self.clearance("2017-06-01", "2020-05-31"))
        #expect(volunteer.vettingHistory == [Self.clearance("2014-04-28", "2017-04-28"), Self.clearance("2017-06-01", "2020-05-31")])
    }

    @Test("today's vetting is the clearance in force, else the first still to come")
    func currentVetting() throws {
        let volunteer = try vetted()
        #expect(volunteer.currentVetting(on: LocalDate("2017-05-31")!) == Self.clearance("2014-04-28", "2017-04-28"))
        #expect(volunteer.currentVetting(on: LocalDate("2014-01-01")!) == Self.clearance("2014-04-28", "2017-04-28"))
        #expect(volunteer.currentVetting(on: LocalDate("2018-01-01")!) == Self.clearance("2017-06-01", "2020-06-01"))
    }

    @Test("each clearance must expire after it was cleared, and the history run in the order cleared, one a day", arguments: [
        ([clearance("2014-04-28", "2017-04-28"), clearance("2017-06-01", "2020-06-01")], [] as [VolunteerViolation]),
        ([clearance("2014-04-28", "2014-04-27")], [.vettingExpiresBeforeCleared(clearance("2014-04-28", "2014-04-27"))]),
        ([clearance("2017-06-01", "2020-06-01"), clearance("2014-04-28", "2017-04-28")], [.vettingHistoryOutOfOrder]),
        ([clearance("2014-04-28", "2017-04-28"), clearance("2014-04-28", "2017-04-29")], [.vettingHistoryOutOfOrder]),
    ])
    func vettingViolations(history: [Volunteer.Vetting], violations: [VolunteerViolation]) throws {
        var volunteer = try volunteer()
        volunteer.left = LocalDate("2016-01-01")
        volunteer.vettingHistory = history
        #expect(VolunteerRecord(volunteer).violations == violations)
    }

    @Test("status on a past day lists the expiry of the clearance in force then, not of a renewal cleared since")
    func statusOnPastDay() throws {
        var volunteer = try volunteer()
        volunteer.statusHistory.removeLast()
        volunteer.addClearance(Self.clearance("2014-04-28", "2017-04-28"))
        volunteer.addClearance(Self.clearance("2017-04-01", "2020-04-01"))
        #expect(StatusCalculator.vettingDue([volunteer], on: LocalDate("2017-03-20")!).map(\.expires.description) == ["2017-04-28"])
        #expect(StatusCalculator.vettingDue([volunteer], on: LocalDate("2017-04-03")!).isEmpty)
        #expect(StatusCalculator.vettingDue([volunteer], on: LocalDate("2020-03-02")!).map(\.expires.description) == ["2020-04-01"])
    }
}
