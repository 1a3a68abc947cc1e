import Foundation

/// SPEC.md "The annual report": every figure as a pure function of the year's records.
public enum AnnualReportCalculator {
    public static let longServiceYears = 5

    /// The year's figures; a year not yet over (`today` before its 31 March) is reported to date: whatever is counted "at
    /// the end" is taken at today, and nothing after today is counted.
    public static func report(_ records: YearRecords, year: FinancialYear, today: LocalDate) -> AnnualReport {
        let asOf = min(today, year.last)
        let toDate = Period(start: year.first, end: asOf)
        let visits = records.visits.filter { toDate.contains($0.date) }
        let inspections = records.kennelInspections.filter { toDate.contains($0.date) }
        let sites = records.scheme.sites.sorted { $0.name.lowercased() < $1.name.lowercased() }
        return AnnualReport(
            financialYear: year.description, from: year.first, to: year.last, asOf: asOf, complete: today >= year.last,
            custodyVisits: bySite(sites.filter { $0.kind == .custodySuite }, visits: visits.map { ($0.site, $0.date) }),
            detainees: detainees(visits),
            requests: tally(records.requests.map { ($0.category.rawValue, isOpen($0, on: asOf)) }),
            issues: issues(records.issues, on: .custodySuite, openOn: asOf),
            compliance: ComplianceCalculator.report(scheme: records.scheme, visitDates: records.visitDatesBySite,
                                                    from: year.first, to: asOf, today: today).sites,
            volunteers: volunteers(records.volunteers, in: toDate),
            hours: hours(visits: visits.map { ($0.times.minutes, $0.visitors.count) } + inspections.map { ($0.times.minutes, $0.visitors.count) },
                         activities: records.activities.filter { toDate.contains($0.date) }),
            kennelInspections: AnnualReport.KennelInspections(
                visits: bySite(sites.filter { $0.kind == .kennels }, visits: inspections.map { ($0.site, $0.date) }),
                issues: issues(records.issues, on: .kennels, openOn: asOf)),
            visitTiming: timing(visits, suites: sites.filter { $0.kind == .custodySuite }))
    }

    /// Every site of the kind in name order, zero where there was no visit, with its visits month by month.
    static func bySite(_ sites: [Site], visits: [(site: String, date: LocalDate)]) -> AnnualReport.VisitsBySite {
        var months: [String: [Int]] = [:]
        for visit in visits {
            let index = (visit.date.month + 8) % 12
            months[visit.site, default: Array(repeating: 0, count: 12)][index] += 1
        }
        let rows = sites.map { AnnualReport.SiteVisits(site: $0.name, visits: months[$0.id]?.reduce(0, +) ?? 0) }
        let monthly = sites.map { AnnualReport.MonthlyVisits(site: $0.name, months: months[$0.id] ?? Array(repeating: 0, count: 12)) }
        return AnnualReport.VisitsBySite(total: rows.reduce(0) { $0 + $1.visits }, bySite: rows, byMonth: monthly)
    }

    static func detainees(_ visits: [CustodyVisit]) -> AnnualReport.Detainees {
        let offered = visits.reduce(0) { $0 + $1.offered }
        let spokenTo = visits.reduce(0) { $0 + $1.spokenTo }
        return AnnualReport.Detainees(
            inCustody: visits.reduce(0) { $0 + $1.inCustody }, offered: offered, spokenTo: spokenTo, declined: offered - spokenTo,
            spokenToRate: offered == 0 ? nil : (Double(spokenTo) / Double(offered)).rounded(toPlaces: 4))
    }

    /// A request is open on a day (the year end, or today) when referred or outstanding, or resolved only after it.
    static func isOpen(_ request: DetaineeRequest, on day: LocalDate) -> Bool {
        switch request.status {
        case .referred, .outstanding: true
        case .resolved: request.resolvedOn.map { $0 > day } ?? true
        case .resolvedAtVisit, .notActioned: false
        }
    }

    static func tally(_ records: [(category: String, open: Bool)]) -> AnnualReport.Tally {
        AnnualReport.Tally(total: records.count, byCategory: Dictionary(records.map { ($0.category, 1) }, uniquingKeysWith: +),
                           open: records.filter(\.open).count)
    }

    /// The issues raised on visits to sites of one kind: custody issues and kennel issues are reported apart.
    static func issues(_ issues: [Issue], on kind: Site.Kind, openOn day: LocalDate) -> AnnualReport.Tally {
        tally(issues.filter { $0.visit.siteKind == kind }.map { ($0.category.rawValue, $0.resolvedOn.map { $0 > day } ?? true) })
    }

    /// Who was active at the end of the days counted (the year end, or today), and who joined and left during them.
    static func volunteers(_ volunteers: [Volunteer], in days: Period) -> AnnualReport.Volunteers {
        let activeAtEnd = volunteers.filter { $0.status(on: days.end)?.mayVisit == true }
        let longService = activeAtEnd
            .map { AnnualReport.LongService(volunteer: $0.id, name: $0.name, years: $0.joined.wholeYears(until: days.end)) }
            .filter { $0.years >= longServiceYears }
            .sorted { ($1.years, $0.volunteer) < ($0.years, $1.volunteer) }
        return AnnualReport.Volunteers(
            icvActiveAtYearEnd: activeAtEnd.filter { $0.isMember(of: .icv) }.count,
            awsActiveAtYearEnd: activeAtEnd.filter { $0.isMember(of: .aws) }.count,
            joined: volunteers.filter { days.contains($0.joined) }.count,
            left: volunteers.filter { $0.left.map(days.contains) ?? false }.count,
            longService: longService)
    }

    /// Visit hours are each visit's length times its visitors; the rest come from the volunteers' activity logs.
    static func hours(visits: [(minutes: Int, visitors: Int)], activities: [Activity]) -> AnnualReport.Hours {
        let visitHours = (Double(visits.reduce(0) { $0 + $1.minutes * $1.visitors }) / 60).rounded(toPlaces: 1)
        func sum(_ kind: Activity.Kind) -> Double {
            (activities.filter { $0.kind == kind }.reduce(0) { $0 + $1.hours }).rounded(toPlaces: 1)
        }
        let training = sum(.training)
        let meetings = sum(.teamMeeting)
        let other = sum(.other)
        return AnnualReport.Hours(visits: visitHours, training: training, meetings: meetings, other: other,
                                  total: (visitHours + training + meetings + other).rounded(toPlaces: 1))
    }

    static func timing(_ visits: [CustodyVisit], suites: [Site]) -> AnnualReport.VisitTiming {
        var byWeekday = Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0.rawValue, 0) })
        var byTimeBand = Dictionary(uniqueKeysWithValues: TimeBand.allCases.map { ($0.rawValue, 0) })
        var grids: [String: [[Int]]] = [:]
        let empty = Array(repeating: Array(repeating: 0, count: TimeBand.allCases.count), count: Weekday.allCases.count)
        for visit in visits {
            let band = TimeBand(arrival: visit.arrived)
            byWeekday[visit.date.weekday.rawValue, default: 0] += 1
            byTimeBand[band.rawValue, default: 0] += 1
            let day = Weekday.allCases.firstIndex(of: visit.date.weekday) ?? 0
            let column = TimeBand.allCases.firstIndex(of: band) ?? 0
            grids[visit.site, default: empty][day][column] += 1
        }
        let coverage = suites.map { suite in
            let grid = grids[suite.id] ?? empty
            return AnnualReport.SlotCoverage(site: suite.name, slotsCovered: grid.joined().filter { $0 > 0 }.count,
                                             slots: Weekday.allCases.count * TimeBand.allCases.count, grid: grid)
        }
        return AnnualReport.VisitTiming(byWeekday: byWeekday, byTimeBand: byTimeBand, slotCoverage: coverage)
    }
}
