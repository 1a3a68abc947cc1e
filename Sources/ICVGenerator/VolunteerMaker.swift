import ICVDomain
import ICVStorage

/// Makes the register: mostly ICV visitors, some AWS, some both; joined over the years before and during the range, on
/// probation for six months, some leaving, a few suspended for a while; vetting renewed every three years; team meetings
/// and training days attended.
enum VolunteerMaker {
    /// Volunteers who joined well before the range and serve throughout, in both schemes, so that every day has at least
    /// two visitors for each scheme even in a small register.
    static func coreCount(_ total: Int) -> Int { max(4, total / 100) }

    /// The volunteers in joining order, numbered V1… by the caller; `id` is a placeholder here.
    static func volunteers(_ options: GeneratorOptions, random: inout SplitMix64, names: inout Names) -> [VolunteerRecord] {
        let first = options.firstDay
        let last = options.lastDay
        let core = coreCount(options.volunteers)
        var volunteers: [VolunteerRecord] = []
        for index in 0..<options.volunteers {
            let isCore = index < core
            let roll = random.unit()
            let schemes: [SchemeKind] = isCore || roll >= 0.94 ? [.icv, .aws] : roll < 0.84 ? [.icv] : [.aws]
            let joined: LocalDate
            if isCore {
                joined = first.adding(days: -random.int(in: 3 * 365...15 * 365))
            } else if random.chance(0.45) {
                joined = first.adding(days: -random.int(in: 1...12 * 365))
            } else {
                joined = first.adding(days: random.int(in: 0...max(0, first.days(until: last) - 30)))
            }
            let probation = !isCore && random.chance(0.9)
            var volunteer = Volunteer(id: VolunteerID(1), name: names.person(), schemes: schemes, joined: joined,
                                      status: probation ? .probation : .active)
            let confirmed = joined.adding(months: 6)
            if probation, confirmed <= last {
                volunteer.setStatus(.active, from: confirmed)
            }
            var leaving: LocalDate?
            if !isCore, random.chance(0.4) {
                let date = joined.adding(days: random.int(in: 365...9 * 365))
                if date < last { leaving = date }
            }
            if !isCore, random.chance(0.03) {
                let start = confirmed.adding(days: random.int(in: 0...3 * 365))
                let back = start.adding(days: random.int(in: 30...120))
                if start <= last, leaving.map({ back < $0 }) ?? true {
                    volunteer.setStatus(.suspended, from: start)
                    if back <= last && random.chance(0.8) { volunteer.setStatus(.active, from: back) }
                }
            }
            if let leaving {
                volunteer.setStatus(.left, from: leaving)
                volunteer.left = leaving
            }
            volunteer.vettingHistory = vettingHistory(joined: joined, until: min(leaving ?? last, last), lapsed: random.chance(0.01),
                                                      random: &random)
            let parts = volunteer.name.lowercased().split(separator: " ")
            if random.chance(0.7) { volunteer.email = "\(parts[0]).\(parts[1])\(index)@example.org" }
            if random.chance(0.5) { volunteer.phone = "07700 900" + String(random.int(in: 100...999)) }
            volunteers.append(VolunteerRecord(volunteer, activities: activities(of: volunteer, options: options, random: &random)))
        }
        return volunteers
    }

    /// Cleared a few weeks before joining and renewed every three years while they serve; a lapsed one missed its last renewal.
    private static func vettingHistory(joined: LocalDate, until end: LocalDate, lapsed: Bool,
                                       random: inout SplitMix64) -> [Volunteer.Vetting] {
        let first = joined.adding(days: -random.int(in: 14...60))
        var history = [Volunteer.Vetting(cleared: first, expires: first.adding(months: 36))]
        while let last = history.last, last.expires <= end, !(lapsed && last.expires.adding(months: 36) > end) {
            history.append(Volunteer.Vetting(cleared: last.expires, expires: last.expires.adding(months: 36)))
        }
        return history
    }

    /// Quarterly team meetings (second Tuesday of June, September, December and March) and an October training day in
    /// each year of the range, when the volunteer was active, and now and then some other work.
    private static func activities(of volunteer: Volunteer, options: GeneratorOptions,
                                   random: inout SplitMix64) -> [Activity] {
        var activities: [Activity] = []
        for year in options.financialYears {
            let start = year.startYear
            let meetings = [(start, 6), (start, 9), (start, 12), (start + 1, 3)].compactMap { nth(.tuesday, 2, $0.1, $0.0) }
            for date in meetings where volunteer.status(on: date)?.mayVisit == true && random.chance(0.6) {
                activities.append(Activity(date: date, kind: .teamMeeting, hours: 2, description: "Quarterly team meeting"))
            }
            if let day = nth(.saturday, 1, 10, start), volunteer.status(on: day)?.mayVisit == true, random.chance(0.5) {
                activities.append(Activity(date: day, kind: .training, hours: 3, description: "Annual training day"))
            }
            let other = year.first.adding(days: random.int(in: 0...364))
            if volunteer.status(on: other)?.mayVisit == true, random.chance(0.03) {
                activities.append(Activity(date: other, kind: .other, hours: 1.5, description: "Recruitment stall"))
            }
        }
        return activities.sorted { $0.date < $1.date }
    }

    /// The n-th given weekday of a month.
    private static func nth(_ weekday: Weekday, _ n: Int, _ month: Int, _ year: Int) -> LocalDate? {
        guard var date = LocalDate(year: year, month: month, day: 1) else { return nil }
        while date.weekday != weekday { date = date.adding(days: 1) }
        return date.adding(days: 7 * (n - 1))
    }
}
