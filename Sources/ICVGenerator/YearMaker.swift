import ICVDomain
import ICVStorage

/// Makes a financial year of visits: about one a week per custody suite at any hour, with the detainees' requests and
/// the issues found, and a monthly inspection of each kennels. Every record is checked by `VisitRules` before it is kept.
struct YearMaker {
    let profiles: [SiteProfile]
    let icv: Roster
    let aws: Roster
    /// The last day generated; nothing is resolved after it.
    let lastDay: LocalDate
    /// The day the folder is written, for the rule that no visit is in the future.
    let today: LocalDate

    /// A visit planned before it is numbered and its pair chosen.
    private struct Draft {
        var profile: Int
        var date: LocalDate
        var times: VisitTimes
        var delayReason: String?
        var counts = DetaineeCounts(inCustody: 0, notAvailable: 0, offered: 0, spokenTo: 0)
        var dogs = 0
        var notes: String?

        var span: VisitSpan { VisitSpan(date: date, times: times) }
    }

    /// Time bands of the annual report, as (first minute, last minute, weight): visits at every hour, fewest at night.
    private static let bands = [((0, 359), 8), ((360, 599), 17), ((600, 839), 27), ((840, 1079), 27), ((1080, 1439), 21)]

    func make(_ year: FinancialYear, ledger: Ledger, random: inout SplitMix64) throws -> YearRecords {
        var records = YearRecords()
        var made = VisitsByDay<NamedVisit>()
        for draft in try custodyDrafts(year, random: &random) {
            try addVisit(draft, to: &records, made: &made, ledger: ledger, random: &random)
        }
        for draft in kennelDrafts(year, random: &random) {
            try addInspection(draft, to: &records, made: &made, ledger: ledger, random: &random)
        }
        return records
    }

    // MARK: - Custody visits

    /// The year's custody visits in date and time order: one a week on a suite's weekly target (with the suite's
    /// diligence, now and then a second), every other week on a fortnightly one, now and then at an occasional suite.
    private func custodyDrafts(_ year: FinancialYear, random: inout SplitMix64) throws -> [Draft] {
        var drafts: [Draft] = []
        var monday = Period.week(containing: year.first).start
        var week = 0
        while monday <= year.last {
            for (index, profile) in profiles.enumerated() where profile.site.kind == .custodySuite {
                let target = profile.site.target(on: monday)
                var count: Int
                switch target?.period {
                case .week?: count = (0..<(target?.visits ?? 1)).filter { _ in random.chance(profile.diligence) }.count
                case .fortnight?: count = week % 2 == index % 2 && random.chance(profile.diligence) ? 1 : 0
                case .month?, nil: count = random.chance(0.12) ? 1 : 0
                }
                if target?.period == .week, random.chance(0.04) { count += 1 }
                for _ in 0..<count {
                    guard let date = openDay(of: profile.site, from: monday, days: 7, in: year, random: &random) else { continue }
                    drafts.append(custodyDraft(index, profile, on: date, random: &random))
                }
            }
            monday = monday.adding(days: 7)
            week += 1
        }
        return chronological(drafts)
    }

    /// A day of the run, in the year and not after the last day, when the site has joined and is open.
    private func openDay(of site: Site, from start: LocalDate, days: Int, in year: FinancialYear,
                         random: inout SplitMix64) -> LocalDate? {
        var offsets = Array(0..<days)
        random.shuffle(&offsets)
        return offsets.lazy.map { start.adding(days: $0) }.first { date in
            year.contains(date) && date <= lastDay && site.opened.map { date >= $0 } ?? true && site.closure(on: date) == nil
        }
    }

    /// A draft that overlaps one already made at its site is dropped when it is added (`overlapping`), as a duplicate.
    private func custodyDraft(_ index: Int, _ profile: SiteProfile, on date: LocalDate, random: inout SplitMix64) -> Draft {
        let band = random.pick(weighted: Self.bands)
        let arrived = random.int(in: band.0...band.1)
        let length = 50 + random.int(in: 0...75) + random.int(in: 0...75)
        let roll = random.unit()
        var admitted: Int?
        var delayReason: String?
        if roll < 0.80 {
            admitted = arrived + random.int(in: 0...VisitRules.allowedAdmissionDelayMinutes)
        } else if roll < 0.85 {
            admitted = arrived + random.int(in: VisitRules.allowedAdmissionDelayMinutes + 1...45)
            delayReason = random.pick(Words.delayReasons)
        }
        let times = VisitTimes(arrived: Self.time(arrived), left: Self.time(arrived + length), admitted: admitted.map(Self.time))

        let inCustody = random.chance(0.02) ? 0 : max(0, profile.size + random.int(in: -profile.size / 2...profile.size / 2))
        let night = arrived < 360
        let notAvailable = random.int(in: 0...inCustody * (night ? 6 : 3) / 10)
        let available = inCustody - notAvailable
        let offered = available - random.int(in: 0...available / 5)
        let spokenTo = offered - random.int(in: 0...offered / 6)
        return Draft(profile: index, date: date, times: times, delayReason: delayReason,
                     counts: DetaineeCounts(inCustody: inCustody, notAvailable: notAvailable, offered: offered, spokenTo: spokenTo),
                     notes: random.chance(0.2) ? random.pick(Words.visitNotes) : nil)
    }

    private func addVisit(_ draft: Draft, to records: inout YearRecords, made: inout VisitsByDay<NamedVisit>, ledger: Ledger,
                          random: inout SplitMix64) throws {
        let site = profiles[draft.profile].site
        guard let others = overlapping(draft, at: site, in: made) else { return }
        let visitors = icv.visitors(random.chance(0.12) ? 3 : 2, on: draft.date, busy: others, random: &random)
        try check("\(site.name) on \(draft.date)") {
            try VisitRules.checkNotFuture(draft.date, today: today)
            try VisitRules.checkSite(site, accepts: .custodySuite, on: draft.date)
            _ = try VisitRules.checkVisitors(visitors, scheme: .icv, on: draft.date)
            try VisitRules.checkTimes(draft.times, delayReason: draft.delayReason)
            try VisitRules.checkCounts(draft.counts)
            try VisitRules.checkVisitorsFree(visitors, draft.span, among: others)
        }
        let visit = CustodyVisit(id: try ledger.nextID(CustodyVisit.self), site: site.id, date: draft.date, times: draft.times,
                                 delayReason: draft.delayReason, visitors: visitors.map(\.id), counts: draft.counts,
                                 notes: draft.notes)
        made.add(NamedVisit(name: visit.id.description, siteName: site.name, place: visit.place))
        records.visits.append(visit)
        for _ in 0..<(visit.spokenTo > 0 ? random.int(in: 0...6) : 0) {
            records.requests.append(try request(on: visit, ledger: ledger, random: &random))
        }
        if random.chance(0.1) {
            let category = random.pick(weighted: Words.issueWeights)
            records.issues.append(try issue(on: .custody(visit.id), date: visit.date, category: category,
                                            detail: random.pick(Words.issueDetails[category] ?? ["Other"]),
                                            escalatedTo: random.chance(0.95) ? random.pick(Words.escalations) : nil,
                                            ledger: ledger, random: &random))
        }
    }

    /// Mostly dealt with at the visit; some referred or outstanding and resolved within days (still open if that would be
    /// after the last day, and very rarely for good); a few not actioned.
    private func request(on visit: CustodyVisit, ledger: Ledger, random: inout SplitMix64) throws -> DetaineeRequest {
        let category = random.pick(weighted: Words.requestWeights)
        let roll = random.unit()
        let status: DetaineeRequest.Status = roll < 0.85 ? .resolvedAtVisit : roll < 0.97 ? .referred
            : roll < 0.99 ? .notActioned : .outstanding
        var request = DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visit.id, category: category,
                                      detail: category == .other ? random.pick(Words.otherRequests) : nil, status: status)
        if status.isOpen {
            let resolved = visit.date.adding(days: random.int(in: status == .referred ? 0...10 : 1...30))
            if resolved <= lastDay, !random.chance(0.0005) {
                request.markResolved(outcome: Words.requestOutcomes[category] ?? Words.defaultRequestOutcome, on: resolved)
            }
        }
        return request
    }

    /// Raised on a visit and resolved within two months, unless that would be after the last day (and very rarely never).
    private func issue(on visit: VisitReference, date: LocalDate, category: Issue.Category, detail: String,
                       escalatedTo: String?, ledger: Ledger, random: inout SplitMix64) throws -> Issue {
        var issue = Issue(id: try ledger.nextID(Issue.self), visit: visit, category: category, detail: detail,
                          escalatedTo: escalatedTo, status: .open)
        let resolved = date.adding(days: random.int(in: 1...60))
        if resolved <= lastDay, !random.chance(0.001) {
            issue.markResolved(outcome: random.pick(Words.issueOutcomes), on: resolved)
        }
        return issue
    }

    // MARK: - Kennel inspections

    /// One inspection a month per kennels (with its diligence), in the daytime, in date order.
    private func kennelDrafts(_ year: FinancialYear, random: inout SplitMix64) -> [Draft] {
        var drafts: [Draft] = []
        for (index, profile) in profiles.enumerated() where profile.site.kind == .kennels {
            var month = year.first
            while month <= year.last {
                let days = month.adding(months: 1).adding(days: -1).day
                if random.chance(profile.diligence),
                   let date = openDay(of: profile.site, from: month, days: days, in: year, random: &random) {
                    let arrived = random.int(in: 8 * 60 + 30...15 * 60 + 30)
                    let times = VisitTimes(arrived: Self.time(arrived), left: Self.time(arrived + random.int(in: 60...150)),
                                           admitted: nil)
                    let dogs = max(1, profile.size + random.int(in: -4...4))
                    drafts.append(Draft(profile: index, date: date, times: times, delayReason: nil, dogs: dogs,
                                        notes: random.chance(0.2) ? random.pick(Words.kennelNotes) : nil))
                }
                month = month.adding(months: 1)
            }
        }
        return chronological(drafts)
    }

    private func addInspection(_ draft: Draft, to records: inout YearRecords, made: inout VisitsByDay<NamedVisit>,
                               ledger: Ledger, random: inout SplitMix64) throws {
        let site = profiles[draft.profile].site
        guard let others = overlapping(draft, at: site, in: made) else { return }
        let visitors = aws.visitors(2, on: draft.date, busy: others, random: &random)
        try check("\(site.name) on \(draft.date)") {
            try VisitRules.checkNotFuture(draft.date, today: today)
            try VisitRules.checkSite(site, accepts: .kennels, on: draft.date)
            _ = try VisitRules.checkVisitors(visitors, scheme: .aws, on: draft.date)
            try VisitRules.checkTimes(draft.times, delayReason: nil)
            try VisitRules.checkVisitorsFree(visitors, draft.span, among: others)
        }
        var ratings: [KennelInspection.Area: KennelInspection.Rating] = [:]
        for area in KennelInspection.Area.allCases {
            ratings[area] = random.pick(weighted: [(.satisfactory, 85), (.concern, 4), (.notChecked, 11)])
        }
        var feedback = random.chance(0.9) ? ["Dog unit sergeant"] : []
        if random.chance(0.3) { feedback.append("OPCC volunteers manager") }
        let inspection = KennelInspection(
            id: try ledger.nextID(KennelInspection.self), site: site.id, date: draft.date, arrived: draft.times.arrived,
            left: draft.times.left, visitors: visitors.map(\.id), dogsObserved: draft.dogs, ratings: ratings,
            trainingObserved: random.chance(0.4), feedbackTo: feedback, notes: draft.notes)
        made.add(NamedVisit(name: inspection.id.description, siteName: site.name, place: inspection.place))
        records.inspections.append(inspection)
        if ratings.values.contains(.concern), random.chance(0.5) {
            records.issues.append(try issue(on: .kennel(inspection.id), date: inspection.date, category: .healthAndSafety,
                                            detail: random.pick(Words.kennelIssueDetails), escalatedTo: "Dog unit sergeant",
                                            ledger: ledger, random: &random))
        }
    }

    // MARK: - Helpers

    /// The visits made so far that overlap a draft in time, whose visitors are busy then; nil when one of them is at the
    /// draft's own site, which would make it a duplicate: such a draft is dropped.
    private func overlapping(_ draft: Draft, at site: Site, in made: VisitsByDay<NamedVisit>) -> [NamedVisit]? {
        let others = made.overlapping(draft.span)
        do {
            try VisitRules.checkNotDuplicate(at: site, draft.span, among: others)
            return others
        } catch {
            return nil
        }
    }

    /// In the order a coordinator would type the reports in: by date, then arrival, then site.
    private func chronological(_ drafts: [Draft]) -> [Draft] {
        drafts.sorted {
            ($0.date, $0.times.arrived.minutes, profiles[$0.profile].site.id) < ($1.date, $1.times.arrived.minutes, profiles[$1.profile].site.id)
        }
    }

    private static func time(_ minutes: Int) -> TimeOfDay {
        TimeOfDay(minutes: minutes % (24 * 60)) ?? TimeOfDay(minutes: 0)!
    }

    /// Runs the rules on a record; a broken one is the generator's bug, reported with the record.
    private func check(_ record: String, _ rules: () throws -> Void) throws {
        do {
            try rules()
        } catch {
            throw GeneratorError.invalidRecord("\(record): \(error)")
        }
    }
}
