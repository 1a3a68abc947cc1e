import ICVDomain
import ICVStorage

/// Makes the scheme's sites: weekly custody suites, a few occasional ones, some joining during the range, some closed
/// for refurbishment, one or two closed for good, and about one kennels per 40 suites visited monthly.
enum SiteMaker {
    /// Weekly suites visited fortnightly during Covid, as Leicestershire did (April to June 2021).
    static let covidFrom = LocalDate(year: 2021, month: 4, day: 1)!
    static let covidTo = LocalDate(year: 2021, month: 6, day: 30)!

    static func sites(_ options: GeneratorOptions, random: inout SplitMix64, names: inout Names) -> [SiteProfile] {
        let first = options.firstDay
        let last = options.lastDay
        let span = first.days(until: last)
        let count = options.suites
        var order = Array(0..<count)
        random.shuffle(&order)
        // Which suites get which habit, by position in a shuffled order so no two habits share a suite.
        let occasional = Set(order.prefix(count >= 4 ? max(1, count / 25) : 0))
        let opening = Set(order.dropFirst(occasional.count).prefix(count / 30))
        let refurbished = Set(order.dropFirst(occasional.count + opening.count).prefix(max(count >= 3 ? 1 : 0, count / 20)))
        let shut = Set(order.dropFirst(occasional.count + opening.count + refurbished.count).prefix(count / 100))

        var profiles: [SiteProfile] = []
        for index in 0..<count {
            let name = names.suite()
            let opened = opening.contains(index) ? first.adding(days: random.int(in: 30...max(30, span * 7 / 10))) : nil
            var site = Site(id: Site.slug(for: name), name: name, kind: .custodySuite,
                            target: occasional.contains(index) ? nil : Target(visits: 1, period: .week),
                            occasional: occasional.contains(index), opened: opened)
            if site.target != nil, first <= covidTo, last >= covidFrom {
                site.targetRules.append(Site.TargetRule(target: Target(visits: 1, period: .fortnight), from: covidFrom, to: covidTo))
            }
            if refurbished.contains(index) {
                let start = (opened ?? first).adding(days: random.int(in: 14...max(14, (opened ?? first).days(until: last) - 70)))
                site.closures.append(Site.Closure(from: start, to: start.adding(days: 7 * random.int(in: 2...8) - 1),
                                                  reason: random.pick(Words.closureReasons)))
            }
            if shut.contains(index) {
                site.closures.append(Site.Closure(from: first.adding(days: random.int(in: span / 2...span - 30)), to: nil,
                                                  reason: "Suite closed; detainees taken to a neighbouring suite"))
            }
            profiles.append(SiteProfile(site: site, size: random.int(in: 3...18), diligence: 0.9 + random.unit() * 0.09))
        }
        for _ in 0..<max(1, (count + 20) / 40) {
            let name = "\(names.place()) Dog Unit"
            let kennels = Site(id: Site.slug(for: name), name: name, kind: .kennels, target: Target(visits: 1, period: .month),
                               occasional: false, opened: nil)
            profiles.append(SiteProfile(site: kennels, size: random.int(in: 6...16), diligence: 0.97))
        }
        return profiles
    }
}
