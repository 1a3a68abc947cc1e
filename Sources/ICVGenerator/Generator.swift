import Foundation
import ICVDomain
import ICVStorage

/// Writes a national-scale data folder through the same `Ledger` and store as `icv`: the scheme and the register in one
/// commit, then each financial year's records in one commit each, never undoable, with a line each in `audit.jsonl`.
public enum Generator {
    public static let schemeName = "National Independent Custody Visiting (generated)"
    /// The command name written in `audit.jsonl`.
    public static let commandName = "generate"

    /// The instant recorded in the audit log: 09:00 UTC on the day after the last day generated, fixed so that a seed
    /// always writes the same bytes, and after every record so none is in the future.
    public static func now(_ options: GeneratorOptions) -> Date {
        Date(timeIntervalSince1970: TimeInterval(options.lastDay.adding(days: 1).dayNumber * 86_400 + 9 * 3_600))
    }

    public static func generate(_ options: GeneratorOptions, into store: Store) throws -> GeneratorSummary {
        var random = SplitMix64(seed: options.seed)
        var names = Names(random: random.fork())
        var siteRandom = random.fork()
        var volunteerRandom = random.fork()
        let profiles = SiteMaker.sites(options, random: &siteRandom, names: &names)
        let drafts = VolunteerMaker.volunteers(options, random: &volunteerRandom, names: &names)
        let now = now(options)
        let today = options.lastDay.adding(days: 1)

        try store.createNewFolder()
        return try store.withExclusiveLock {
            let ledger = Ledger(store: store)
            let sites = profiles.map(\.site).sorted { $0.name.lowercased() < $1.name.lowercased() }
            ledger.save(Scheme(name: schemeName, timeZone: "Europe/London", sites: sites))
            ledger.startIDCounters()
            // Numbered in joining order, as the register grew.
            var register: [VolunteerRecord] = []
            for index in drafts.indices.sorted(by: { (drafts[$0].volunteer.joined, $0) < (drafts[$1].volunteer.joined, $1) }) {
                var record = drafts[index]
                record.volunteer.id = try ledger.nextID(Volunteer.self)
                register.append(record)
            }
            ledger.save(register)
            let volunteers = register.map(\.volunteer)
            try ledger.commit(as: commandName, at: now, undoable: false)

            var summary = GeneratorSummary(folder: store.location, years: options.financialYears)
            summary.custodySuites = sites.filter { $0.kind == .custodySuite }.count
            summary.kennels = sites.count - summary.custodySuites
            summary.volunteers = volunteers.count
            let maker = YearMaker(profiles: profiles, icv: Roster(volunteers, scheme: .icv), aws: Roster(volunteers, scheme: .aws),
                                  lastDay: options.lastDay, today: today)
            for year in options.financialYears {
                var yearRandom = random.fork()
                let yearLedger = Ledger(store: store)
                let records = try maker.make(year, ledger: yearLedger, random: &yearRandom)
                yearLedger.save(records.visits, .visits, in: year)
                yearLedger.save(records.requests, .requests, in: year)
                yearLedger.save(records.issues, .issues, in: year)
                yearLedger.save(records.inspections, .kennelInspections, in: year)
                try yearLedger.commit(as: commandName, at: now, undoable: false)
                summary.visits += records.visits.count
                summary.requests += records.requests.count
                summary.issues += records.issues.count
                summary.inspections += records.inspections.count
            }
            return summary
        }
    }
}
