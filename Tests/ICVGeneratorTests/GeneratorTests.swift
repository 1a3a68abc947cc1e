import Foundation
import ICVGenerator
import ICVDomain
import ICVStorage
import ICVCommandLine
import ICVTestSupport
import Testing

/// The generator writes a folder of the size asked for, every record of which `icv` itself would accept.
@Suite struct GeneratorTests {
    private static let year = FinancialYear(startYear: 2025)

    private static func small(seed: UInt64 = 7) -> GeneratorOptions {
        GeneratorOptions(out: "memory", years: 1, suites: 5, volunteers: 40, seed: seed)
    }

    /// A small folder generated in memory, and a ledger reading it back.
    private static func generated(_ options: GeneratorOptions = small()) throws -> (MemoryStore, Ledger, GeneratorSummary) {
        let store = MemoryStore()
        let summary = try Generator.generate(options, into: store)
        return (store, Ledger(store: store), summary)
    }

    // MARK: - Size

    @Test("writes the suites, kennels, volunteers and years asked for, with about 50 visits per suite a year")
    func sizes() throws {
        let (_, ledger, summary) = try Self.generated()
        let sites = try ledger.scheme().sites
        #expect(sites.filter { $0.kind == .custodySuite }.count == 5)
        #expect(sites.filter { $0.kind == .kennels }.count == 1)
        #expect(try ledger.volunteers().count == 40)
        #expect(try ledger.years(.visits) == [Self.year])
        let visits = try ledger.records(.visits, in: Self.year)
        #expect((5 * 40...5 * 56).contains(visits.count))
        let requests = try ledger.records(.requests, in: Self.year)
        #expect(Double(requests.count) / Double(visits.count) > 2.4 && Double(requests.count) / Double(visits.count) < 3.4)
        let issues = try ledger.records(.issues, in: Self.year)
        #expect(issues.count > visits.count / 25 && issues.count < visits.count / 5)
        #expect((10...12).contains(try ledger.records(.kennelInspections, in: Self.year).count))
        #expect(summary.visits == visits.count && summary.requests == requests.count && summary.issues == issues.count)
    }

    @Test("ten years end with 2025/26 and cover 2016/17 onwards")
    func years() {
        var options = Self.small()
        options.years = 10
        #expect(options.financialYears.first == FinancialYear(startYear: 2016))
        #expect(options.financialYears.last == FinancialYear(startYear: 2025))
        #expect(options.financialYears.count == 10)
    }

    // MARK: - Rules

    @Test("every custody visit passes the rules a visit must pass", arguments: [1, 2, 42] as [UInt64])
    func visitsPassTheRules(seed: UInt64) throws {
        let (_, ledger, _) = try Self.generated(Self.small(seed: seed))
        let sites = Dictionary(uniqueKeysWithValues: try ledger.scheme().sites.map { ($0.id, $0) })
        let volunteers = Dictionary(uniqueKeysWithValues: try ledger.volunteers().map { ($0.id, $0) })
        var arrivals = Set<String>()
        let today = Self.year.last.adding(days: 1)
        for visit in try ledger.records(.visits, in: Self.year) {
            let site = try #require(sites[visit.site], "\(visit.id) names an unknown site")
            #expect(Self.year.contains(visit.date))
            try VisitRules.checkNotFuture(visit.date, today: today)
            try VisitRules.checkSite(site, accepts: .custodySuite, on: visit.date)
            let visitors = try visit.visitors.map { try #require(volunteers[$0], "\(visit.id) names an unknown volunteer") }
            #expect((2...3).contains(visitors.count))
            _ = try VisitRules.checkVisitors(visitors, scheme: .icv, on: visit.date)
            try VisitRules.checkTimes(visit.times, delayReason: visit.delayReason)
            try VisitRules.checkCounts(DetaineeCounts(inCustody: visit.inCustody, notAvailable: visit.notAvailable,
                                                      offered: visit.offered, spokenTo: visit.spokenTo))
            #expect(arrivals.insert("\(visit.site) \(visit.date) \(visit.arrived)").inserted, "\(visit.id) is a duplicate")
        }
    }

    @Test("every kennel inspection is at a kennels, open, by two AWS members who may visit")
    func inspectionsPassTheRules() throws {
        let (_, ledger, _) = try Self.generated()
        let sites = Dictionary(uniqueKeysWithValues: try ledger.scheme().sites.map { ($0.id, $0) })
        let volunteers = Dictionary(uniqueKeysWithValues: try ledger.volunteers().map { ($0.id, $0) })
        for inspection in try ledger.records(.kennelInspections, in: Self.year) {
            try VisitRules.checkSite(try #require(sites[inspection.site]), accepts: .kennels, on: inspection.date)
            let visitors = try inspection.visitors.map { try #require(volunteers[$0]) }
            _ = try VisitRules.checkVisitors(visitors, scheme: .aws, on: inspection.date)
            try VisitRules.checkTimes(inspection.times, delayReason: nil)
            #expect(inspection.ratings.count == KennelInspection.Area.allCases.count)
        }
    }

    @Test("visits come at every time band, some past midnight, some admitted late with a reason")
    func timesVary() throws {
        let (_, ledger, _) = try Self.generated()
        let visits = try ledger.records(.visits, in: Self.year)
        #expect(Set(visits.map { TimeBand(arrival: $0.arrived) }).count == TimeBand.allCases.count)
        #expect(visits.contains { $0.left < $0.arrived })
        #expect(visits.contains { $0.delayReason != nil })
    }

    @Test("every request and issue belongs to a visit of its year, and is resolved on or after it")
    func references() throws {
        let (_, ledger, _) = try Self.generated()
        let visits = Dictionary(uniqueKeysWithValues: try ledger.records(.visits, in: Self.year).map { ($0.id, $0.date) })
        let inspections = Dictionary(uniqueKeysWithValues: try ledger.records(.kennelInspections, in: Self.year).map { ($0.id, $0.date) })
        for request in try ledger.records(.requests, in: Self.year) {
            let date = try #require(visits[request.visit], "\(request.id) points at a missing visit")
            #expect((request.status == .resolved) == (request.resolvedOn != nil))
            if let resolved = request.resolvedOn { #expect(resolved >= date && resolved <= Self.year.last) }
            if request.category == .other { #expect(request.detail != nil) }
        }
        for issue in try ledger.records(.issues, in: Self.year) {
            let date: LocalDate? = switch issue.visit {
            case .custody(let id): visits[id]
            case .kennel(let id): inspections[id]
            }
            let raised = try #require(date, "\(issue.id) points at a missing visit")
            if let resolved = issue.resolvedOn { #expect(resolved >= raised && resolved <= Self.year.last) }
        }
    }

    @Test("the register has both schemes, leavers, probationers, vetting and no repeated ids")
    func register() throws {
        var options = Self.small()
        options.volunteers = 300
        options.years = 3
        let (store, ledger, _) = try Self.generated(options)
        let volunteers = try ledger.volunteers()
        #expect(volunteers.map(\.id) == (1...300).map(VolunteerID.init))
        #expect(volunteers.contains { $0.isMember(of: .aws) } && volunteers.contains { $0.isMember(of: .icv) })
        #expect(volunteers.contains { $0.left != nil })
        #expect(volunteers.contains { $0.statusHistory.contains { $0.status == .suspended } })
        #expect(volunteers.contains { $0.statusHistory.first?.status == .probation })
        #expect(volunteers.allSatisfy { !$0.vettingHistory.isEmpty && $0.statusHistory.first?.from == $0.joined })
        // Renewed on the day the clearance before runs out, so a history of several has no gap.
        #expect(volunteers.contains { $0.vettingHistory.count > 1 })
        #expect(volunteers.allSatisfy { zip($0.vettingHistory, $0.vettingHistory.dropFirst()).allSatisfy { $0.expires == $1.cleared } })
        let ids = String(decoding: try #require(store.files["ids.json"]), as: UTF8.self)
        #expect(ids.contains("\"V\" : 301"))
    }

    // MARK: - Repeatability and the folder

    @Test("the same seed writes byte-identical files; another seed writes other visits")
    func deterministic() throws {
        let (first, _, _) = try Self.generated()
        let (second, _, _) = try Self.generated()
        #expect(first.files == second.files)
        let (other, _, _) = try Self.generated(Self.small(seed: 8))
        #expect(other.files["visits/2025-26.json"] != first.files["visits/2025-26.json"])
    }

    @Test("writes a folder that icv reads and `icv check` passes: its annual report counts the generated visits")
    func folderReadByICV() throws {
        let folder = try TemporaryFolder()
        var options = Self.small()
        options.out = folder.path("national")
        let summary = try Generator.generate(options, into: FolderStore(root: URL(fileURLWithPath: options.out)))
        let result = Runner.run(["report", "annual", "--year", "2025", "--json", "--data", options.out], environment: [:],
                                currentDirectory: folder.url, now: Generator.now(options))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let custody = try #require(report["custodyVisits"] as? [String: Any])
        #expect(custody["total"] as? Int == summary.visits)
        let audit = try String(contentsOfFile: folder.path("national/audit.jsonl"), encoding: .utf8)
        #expect(audit.split(separator: "\n").count == 2, "one commit for the register, one per year")
        let check = Runner.run(["check", "--data", options.out], environment: [:], currentDirectory: folder.url, now: Generator.now(options))
        #expect(check.exitCode == 0, "\(check.stdout)")
        #expect(check.stdout.hasSuffix("No problems found.\n"))
    }

    @Test("on a generated folder of three years, status from the open-item index lists what the records hold, on any date")
    func statusFromIndex() throws {
        let folder = try TemporaryFolder()
        var options = Self.small()
        options.years = 3
        options.suites = 10
        options.out = folder.path("national")
        let store = FolderStore(root: URL(fileURLWithPath: options.out))
        _ = try Generator.generate(options, into: store)
        let ledger = Ledger(store: store)
        let index = URL(fileURLWithPath: options.out).appendingPathComponent(".open-items.json")
        func status(_ date: LocalDate) -> [String] {
            [[], ["--json"]].map { format in
                let result = Runner.run(["status", "--date", date.description, "--data", options.out] + format, environment: [:],
                                        currentDirectory: folder.url, now: Generator.now(options))
                #expect(result.exitCode == 0, "\(result.stderr)")
                return result.stdout
            }
        }
        /// `R12 2016-05-02 20` for each request and issue the JSON lists.
        func listed(_ json: String) throws -> Set<String> {
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let items = (report["openRequests"] as? [[String: Any]] ?? []) + (report["openIssues"] as? [[String: Any]] ?? [])
            return Set(items.map { "\($0["id"] ?? "") \($0["raised"] ?? "") \($0["daysOpen"] ?? "")" })
        }
        /// The same, straight from the records: open on the date, raised more than 14 days before it.
        func expected(_ date: LocalDate) throws -> Set<String> {
            var raised: [String: LocalDate] = [:]
            for year in options.financialYears {
                for visit in try ledger.records(.visits, in: year) { raised[visit.id.description] = visit.date }
                for inspection in try ledger.records(.kennelInspections, in: year) { raised[inspection.id.description] = inspection.date }
            }
            let requests = try ledger.allRecords(.requests)
                .filter { $0.status.isOpen || ($0.status == .resolved && ($0.resolvedOn.map { $0 > date } ?? true)) }
                .map { ($0.id.description, $0.visit.description) }
            let issues = try ledger.allRecords(.issues).filter { $0.resolvedOn.map { $0 > date } ?? true }
                .map { ($0.id.description, $0.visit.description) }
            return Set((requests + issues).compactMap { id, visit in
                raised[visit].flatMap { $0 <= date && $0.days(until: date) > 14 ? "\(id) \($0) \($0.days(until: date))" : nil }
            })
        }
        var total = 0
        for date in stride(from: options.firstDay.dayNumber + 20, through: options.lastDay.dayNumber, by: 61).map(LocalDate.init(dayNumber:)) {
            try? FileManager.default.removeItem(at: index)
            let fromRecords = status(date)
            #expect(FileManager.default.fileExists(atPath: index.path))
            #expect(status(date) == fromRecords, "on \(date)")
            #expect(try listed(fromRecords[1]) == expected(date), "on \(date)")
            total += try listed(fromRecords[1]).count
        }
        #expect(total > 20, "so few requests and issues are listed that the comparison shows little")
    }

    @Test("refuses a folder that already holds files, writing nothing")
    func refusesUsedFolder() throws {
        let folder = try TemporaryFolder()
        try Data("notes".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        var options = Self.small()
        options.out = folder.path
        #expect(throws: StoreError.notEmpty(path: folder.url.standardizedFileURL.path)) {
            try Generator.generate(options, into: FolderStore(root: folder.url))
        }
        #expect(folder.snapshot().keys.sorted() == ["notes.txt"])
    }

    // MARK: - Command line

    @Test("reads its flags, with defaults of 1 year, 200 suites and 1500 volunteers")
    func parsesFlags() throws {
        let defaults = try #require(try GeneratorOptions.parse(["--out", "x"]))
        #expect(defaults == GeneratorOptions(out: "x", years: 1, suites: 200, volunteers: 1500, seed: 1))
        let given = try #require(try GeneratorOptions.parse(["--years", "10", "--out", "d", "--suites", "5", "--volunteers", "40", "--seed", "9"]))
        #expect(given == GeneratorOptions(out: "d", years: 10, suites: 5, volunteers: 40, seed: 9))
        #expect(try GeneratorOptions.parse(["--help"]) == nil)
    }

    @Test("refuses a missing --out, an unknown flag, a flag without its value and a bad number", arguments: [
        ([], "--out DIR"), (["--out", "d", "--size", "3"], "unknown argument '--size'"), (["--out"], "--out needs a value"),
        (["--out", "d", "--years", "0"], "--years 0 is not a whole number from 1"), (["--out", "d", "--seed", "-1"], "--seed -1"),
    ])
    func refusesFlags(arguments: [String], message: String) {
        #expect {
            try GeneratorOptions.parse(arguments)
        } throws: { error in
            guard let error = error as? GeneratorError, case .usage(let text) = error else { return false }
            return text.contains(message) && error.exitCode == 2
        }
    }
}
