import Foundation
import ICVDomain
import ICVStorage

/// Reads every file of a data folder and checks it, writing nothing: each file parses, ids are unique, references resolve,
/// records sit in their financial year's file and still pass the rules they passed when they were logged (`icv check`).
///
/// Each file is read once and each kind indexed once by id, so the work grows with the number of records, not its square.
final class FolderChecker {
    /// One financial year's file of a kind, as read.
    struct YearFile<Record> {
        let year: FinancialYear
        let path: String
        let records: [Record]
    }

    /// Every file of a kind that could be read, and the ones that could not.
    struct YearFiles<Record> {
        var files: [YearFile<Record>] = []
        var unreadable: [String] = []

        var recordCount: Int { files.reduce(0) { $0 + $1.records.count } }
    }

    /// Where requests and issues find their visit: the date of each id, and the ids used twice, whose date is in doubt.
    struct VisitIndex<Visit: NumberedRecord> {
        var dates: [RecordID<Visit>: LocalDate]
        var usedTwice: Set<RecordID<Visit>> = []
    }

    private let store: Store
    private let now: Date
    private var problems: [FolderCheck.Problem] = []
    private var notChecked: [String] = []
    /// Each file found, in the order read, so problems can be listed file by file.
    private var fileOrder: [String: Int] = [:]
    private var counts = FolderCheck.Counts()

    // What later checks look up, built once; nil when the file it comes from could not be read.
    private var sites: [String: Site]?
    private var volunteers: [VolunteerID: Volunteer]?
    private var today: LocalDate?
    /// The highest number in use for each id prefix, and the file that holds it.
    private var highest: [String: (number: Int, file: String)] = [:]

    private init(store: Store, now: Date) {
        self.store = store
        self.now = now
    }

    /// Checks the folder behind `store`; `now` gives today in the scheme's time zone, for dates in the future.
    static func check(_ store: Store, now: Date) -> FolderCheck {
        FolderChecker(store: store, now: now).run()
    }

    private func run() -> FolderCheck {
        let scheme = read(DataFile.scheme.path, as: Scheme.self, missing: nil)
        let register: [VolunteerRecord]? = readList(DataFile.volunteers.path)
        let counters = read(DataFile.ids.path, as: IDCounters.self, missing: IDCounters(next: [:]))
        let visits = readYears(.visits)
        let inspections = readYears(.kennelInspections)
        let requests = readYears(.requests)
        let issues = readYears(.issues)

        if let scheme {
            checkScheme(scheme)
        } else {
            skip("the sites of visits and kennel inspections, and dates against today", because: [DataFile.scheme.path])
        }
        if let register {
            checkVolunteers(register)
        } else {
            skip("the visitors named on visits and kennel inspections", because: [DataFile.volunteers.path])
        }
        let visitDates = checkVisits(visits, kind: .visits, siteKind: .custodySuite) { visit, report in
            report.rule {
                try VisitRules.checkCounts(DetaineeCounts(inCustody: visit.inCustody, notAvailable: visit.notAvailable,
                                                          offered: visit.offered, spokenTo: visit.spokenTo))
            }
        }
        let inspectionDates = checkVisits(inspections, kind: .kennelInspections, siteKind: .kennels) { inspection, report in
            if inspection.dogsObserved < 0 {
                report("dogsObserved is \(inspection.dogsObserved); counts cannot be negative.")
            }
        }
        skip("the visits that requests and issues belong to", because: visits.unreadable)
        skip("the kennel inspections that issues belong to", because: inspections.unreadable)
        checkRequests(requests, visitDates: visits.unreadable.isEmpty ? visitDates : nil)
        checkIssues(issues, visitDates: visits.unreadable.isEmpty ? visitDates : nil,
                    inspectionDates: inspections.unreadable.isEmpty ? inspectionDates : nil)
        if let counters {
            checkCounters(counters)
        }

        counts.custodyVisits = visits.recordCount
        counts.kennelInspections = inspections.recordCount
        counts.requests = requests.recordCount
        counts.issues = issues.recordCount
        let ordered = problems.enumerated()
            .sorted { (fileOrder[$0.element.file] ?? .max, $0.offset) < (fileOrder[$1.element.file] ?? .max, $1.offset) }
            .map(\.element)
        return FolderCheck(files: fileOrder.count, counts: counts, problems: ordered, notChecked: notChecked)
    }

    // MARK: - Reading

    private func read<Body: Formatted>(_ path: String, as type: Body.Type, missing: Body?) -> Body? {
        read(path, missing: missing) { data throws(StoreError) in try StoredDocument.read(data, path: path, as: Body.self) }
    }

    /// Reads a record list file; a missing one is an empty list.
    private func readList<Record: StoredRecord>(_ path: String) -> [Record]? {
        read(path, missing: []) { data throws(StoreError) in try RecordListFile<Record>(reading: data, path: path).records }
    }

    /// Reads and decodes one file; a file that is missing stands for `missing` (nil: a problem), one that cannot be read is a problem.
    private func read<Body>(_ path: String, missing: Body?, decode: (Data) throws(StoreError) -> Body) -> Body? {
        let found: Data?
        do {
            found = try store.read(path)
        } catch {
            noteFile(path)
            add(path, nil, "It could not be read. Check that it is a file you may read.")
            return nil
        }
        guard let data = found else {
            if missing == nil { add(path, nil, "It is missing, so this is not a complete icv data folder.") }
            return missing
        }
        noteFile(path)
        do {
            return try decode(data)
        } catch {
            add(path, nil, Self.message(for: error))
            return nil
        }
    }

    /// Reads every file in a kind's folder, oldest year first; a file not named after a financial year is a problem.
    private func readYears<Record>(_ kind: YearKind<Record>) -> YearFiles<Record> {
        var result = YearFiles<Record>()
        for name in (try? store.fileNames(in: kind.folder)) ?? [] {
            let path = "\(kind.folder)/\(name)"
            guard let year = DataFile.year(ofFileNamed: name) else {
                noteFile(path)
                add(path, nil, "Its name is not a financial year's (such as 2014-15.json), so icv does not read it. Rename it, or move it out of the data folder.")
                continue
            }
            if let records: [Record] = readList(path) {
                result.files.append(YearFile(year: year, path: path, records: records))
            } else {
                result.unreadable.append(path)
            }
        }
        return result
    }

    /// The problem with a file that would not decode, said of the file named beside it.
    static func message(for error: StoreError) -> String {
        switch error {
        case .unreadable(_, let line, let column, let problem):
            "It is not valid JSON at line \(line), column \(column) (\(problem)). Mend it by hand or restore it from a backup."
        case .invalidContent(_, let field, let problem):
            "It has a value icv cannot read at \(field): \(problem). Mend it by hand or restore it from a backup."
        case .newerSchema(_, let version):
            "It was written by a newer version of icv (schemaVersion \(version); this one knows \(JSONCoding.schemaVersion)). Update icv to check this folder."
        case .ioFailure(_, let problem):
            "It could not be read (\(problem))."
        default:
            error.description
        }
    }

    // MARK: - Problems

    /// Says problems about one record, or about a whole file when `id` is nil.
    private struct Reporter {
        let checker: FolderChecker
        let file: String
        /// Kept as the id value and written out only for a problem: most records have none.
        let id: (any CustomStringConvertible)?

        func callAsFunction(_ problem: String) {
            checker.add(file, id?.description, problem)
        }

        /// Runs one of the rules a record passed when it was logged; a rule now broken is a problem, said as `visit log`
        /// says it.
        func rule(_ check: () throws -> Void) {
            do {
                try check()
            } catch let violation as VisitViolation {
                self(violation.message(.flags, futureAdvice: "Check the date."))
            } catch {
                self(String(describing: error))
            }
        }
    }

    private func add(_ file: String, _ id: String?, _ problem: String) {
        problems.append(FolderCheck.Problem(file: file, id: id, problem: problem))
    }

    private func noteFile(_ path: String) {
        if fileOrder[path] == nil { fileOrder[path] = fileOrder.count }
    }

    /// Notes checks left out because files they depend on could not be read (nothing when `files` is empty).
    private func skip(_ what: String, because files: [String]) {
        guard !files.isEmpty else { return }
        notChecked.append("Not checked: \(what), because \(Prose.list(files)) could not be read.")
    }

    /// Notes the file where an id is first found; a second use is a problem. Returns whether this was the first use.
    private func isFirst<Record>(_ id: RecordID<Record>, in file: String, _ seen: inout [RecordID<Record>: String],
                                 _ report: Reporter) -> Bool {
        if let first = seen[id] {
            let place = first == file ? "more than once in this file" : "in \(first) as well"
            report("\(id) is used \(place); each \(Record.recordName) needs its own id.")
            return false
        }
        seen[id] = file
        return true
    }

    /// Remembers the highest id of a kind in use and its file, for the check of `ids.json`.
    private func noteHighest<Record>(_ seen: [RecordID<Record>: String]) {
        if let top = seen.max(by: { $0.key < $1.key }) {
            highest[Record.idPrefix] = (top.key.number, top.value)
        }
    }

    // MARK: - Scheme and volunteers

    private func checkScheme(_ scheme: Scheme) {
        let path = DataFile.scheme.path
        counts.sites = scheme.sites.count
        if let zone = TimeZone(identifier: scheme.timeZone) {
            today = Clock(now: now, timeZone: zone).today
        } else {
            add(path, nil, "Its timeZone '\(scheme.timeZone)' is not a known time zone, such as Europe/London.")
            notChecked.append("Not checked: dates against today, because scheme.json's time zone is not known.")
        }
        var index: [String: Site] = [:]
        var names: [String: String] = [:]
        for site in scheme.sites {
            let report = Reporter(checker: self, file: path, id: site.id)
            if let first = index[site.id] {
                report("The id \(site.id) is used by \(first.name) as well; each site needs its own id.")
            } else {
                index[site.id] = site
                if let other = names[site.name.lowercased()] {
                    report("\(other) has the same name, \(site.name); commands that take a site by name cannot tell them apart.")
                }
                names[site.name.lowercased()] = site.id
            }
            checkSite(site, report)
        }
        sites = index
    }

    /// What `site add`, `site target` and `site close` refuse: a target on an occasional site, a rule in the other unit,
    /// a range that ends before it starts.
    private func checkSite(_ site: Site, _ report: Reporter) {
        if site.occasional, let target = site.target {
            report("It is occasional but has a standing target (\(target)); an occasional site has none.")
        }
        for rule in site.targetRules {
            if rule.target.period.isWeekly != site.isJudgedWeekly {
                let unit = site.isJudgedWeekly ? "weeks" : "calendar months"
                report("Its target \(rule.target) from \(rule.from.prose) is not in its unit: its targets are judged by \(unit).")
            }
            if let to = rule.to, to < rule.from {
                report("Its target \(rule.target) ends on \(to.prose), before it starts on \(rule.from.prose).")
            }
        }
        for closure in site.closures {
            if let to = closure.to, to < closure.from {
                report("Its closure ends on \(to.prose), before it starts on \(closure.from.prose).")
            }
        }
    }

    private func checkVolunteers(_ list: [VolunteerRecord]) {
        let path = DataFile.volunteers.path
        counts.volunteers = list.count
        var seen: [VolunteerID: String] = [:]
        var index: [VolunteerID: Volunteer] = [:]
        for record in list {
            let volunteer = record.volunteer
            let report = Reporter(checker: self, file: path, id: volunteer.id)
            if isFirst(volunteer.id, in: path, &seen, report) {
                index[volunteer.id] = volunteer
            }
            checkVolunteer(volunteer, activities: record.activities, report)
        }
        noteHighest(seen)
        volunteers = index
    }

    /// The status history starts on the joined date and runs in date order, `left` agrees with it, vetting and hours make sense.
    private func checkVolunteer(_ volunteer: Volunteer, activities: [Activity], _ report: Reporter) {
        if volunteer.schemes.isEmpty {
            report("\(volunteer.name) is a member of neither scheme; give them icv, aws or both.")
        }
        let history = volunteer.statusHistory
        if let first = history.first {
            if first.from != volunteer.joined {
                report("\(volunteer.name)'s status history starts on \(first.from.prose), not on the joined date, \(volunteer.joined.prose).")
            }
        } else {
            report("\(volunteer.name) has no status history; it starts with their status on the joined date.")
        }
        if zip(history, history.dropFirst()).contains(where: { $0.from >= $1.from }) {
            report("\(volunteer.name)'s status history is not in date order, one change a day.")
        }
        let leftInHistory = history.last { $0.status == .left }?.from
        if volunteer.left != leftInHistory {
            let said = volunteer.left.map { "gives \($0.prose) as the day they left" } ?? "gives no day they left"
            let history = leftInHistory.map { "says they left on \($0.prose)" } ?? "never says they left"
            report("\(volunteer.name)'s record \(said), but the status history \(history).")
        }
        if let vetting = volunteer.vetting, vetting.expires < vetting.cleared {
            report("\(volunteer.name)'s vetting expires on \(vetting.expires.prose), before it was cleared on \(vetting.cleared.prose).")
        }
        for activity in activities {
            if !(activity.hours > 0 && activity.hours <= 24) {
                report("\(volunteer.name)'s \(activity.kind.rawValue) on \(activity.date.prose) is \(Prose.hours(activity.hours)) hours; give above 0 and at most 24.")
            }
            if activity.date < volunteer.joined {
                report("\(volunteer.name)'s \(activity.kind.rawValue) on \(activity.date.prose) is before they joined on \(volunteer.joined.prose).")
            }
        }
    }

    // MARK: - Visits and kennel inspections

    /// Checks every visit of a kind by the rules of `visit log` and `kennel log` (`ownRules` adds the kind's own) and
    /// returns the date of each id, for the requests and issues that belong to them.
    private func checkVisits<Record: SiteVisit>(_ files: YearFiles<Record>, kind: YearKind<Record>, siteKind: Site.Kind,
                                                ownRules: (Record, Reporter) -> Void) -> VisitIndex<Record> {
        var seen = [RecordID<Record>: String](minimumCapacity: files.recordCount)
        var dates = VisitIndex<Record>(dates: .init(minimumCapacity: files.recordCount))
        for file in files.files {
            for record in file.records {
                let report = Reporter(checker: self, file: file.path, id: record.id)
                if isFirst(record.id, in: file.path, &seen, report) {
                    dates.dates[record.id] = record.date
                } else {
                    dates.usedTwice.insert(record.id)
                }
                checkPlacement(record.date, in: file, kind: kind, report)
                checkNotFuture(record.date, report)
                if let sites {
                    if let site = sites[record.site] {
                        report.rule { try VisitRules.checkSite(site, accepts: siteKind, on: record.date) }
                    } else {
                        report("Its site '\(record.site)' is not in scheme.json.")
                    }
                }
                checkVisitors(record.visitors, scheme: siteKind.scheme, on: record.date, report)
                report.rule { try VisitRules.checkTimes(record.times, delayReason: record.delayReason) }
                ownRules(record, report)
            }
        }
        noteHighest(seen)
        return dates
    }

    /// Every visitor is on the register; then the pair passes the rules of `visit log` (expired vetting is only a warning there).
    private func checkVisitors(_ ids: [VolunteerID], scheme: SchemeKind, on date: LocalDate, _ report: Reporter) {
        guard let volunteers else { return }
        var unknown: [VolunteerID] = []
        for id in ids where volunteers[id] == nil && !unknown.contains(id) {
            unknown.append(id)
        }
        guard unknown.isEmpty else {
            for id in unknown {
                report("Its visitor \(id) is not on the register (volunteers.json).")
            }
            return
        }
        report.rule { _ = try VisitRules.checkVisitors(ids.compactMap { volunteers[$0] }, scheme: scheme, on: date) }
    }

    /// A record dated in one financial year belongs in that year's file; `visit` names the visit the date was taken from.
    private func checkPlacement<Record>(_ date: LocalDate, in file: YearFile<Record>, kind: YearKind<Record>, _ report: Reporter,
                                        visit: String? = nil) {
        let year = date.financialYear
        guard year != file.year else { return }
        let dated = visit.map { "Its visit \($0) is dated" } ?? "It is dated"
        report("\(dated) \(date.prose), in \(year), so it belongs in \(kind.file(year).path).")
    }

    private func checkNotFuture(_ date: LocalDate, _ report: Reporter) {
        guard let today else { return }
        report.rule { try VisitRules.checkNotFuture(date, today: today) }
    }

    // MARK: - Requests and issues

    private func checkRequests(_ files: YearFiles<DetaineeRequest>, visitDates: VisitIndex<CustodyVisit>?) {
        var seen = [RequestID: String](minimumCapacity: files.recordCount)
        for file in files.files {
            for request in file.records {
                let report = Reporter(checker: self, file: file.path, id: request.id)
                _ = isFirst(request.id, in: file.path, &seen, report)
                if request.category == .other, (request.detail ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    report("It is of category other but has no detail saying what was asked for.")
                }
                let visitDate = date(of: request.visit, in: visitDates, for: file, kind: .requests, report)
                checkResolution(resolved: request.status == .resolved, status: request.status.rawValue, outcome: request.outcome,
                                resolvedOn: request.resolvedOn, visitDate: visitDate, report)
            }
        }
        noteHighest(seen)
    }

    private func checkIssues(_ files: YearFiles<Issue>, visitDates: VisitIndex<CustodyVisit>?,
                             inspectionDates: VisitIndex<KennelInspection>?) {
        var seen = [IssueID: String](minimumCapacity: files.recordCount)
        for file in files.files {
            for issue in file.records {
                let report = Reporter(checker: self, file: file.path, id: issue.id)
                _ = isFirst(issue.id, in: file.path, &seen, report)
                if issue.detail.trimmingCharacters(in: .whitespaces).isEmpty {
                    report("It has no detail saying what was found.")
                }
                let visitDate = switch issue.visit {
                case .custody(let id): date(of: id, in: visitDates, for: file, kind: .issues, report)
                case .kennel(let id): date(of: id, in: inspectionDates, for: file, kind: .issues, report)
                }
                checkResolution(resolved: issue.status == .resolved, status: issue.status.rawValue, outcome: issue.outcome,
                                resolvedOn: issue.resolvedOn, visitDate: visitDate, report)
            }
        }
        noteHighest(seen)
    }

    /// The date of the visit a request or issue belongs to, which must exist, and whose year's file must hold the record.
    /// Nothing is said when `dates` is nil (a file of those visits could not be read) or the id is used twice (that is said).
    private func date<Record, Visit>(of visit: RecordID<Visit>, in dates: VisitIndex<Visit>?, for file: YearFile<Record>,
                                     kind: YearKind<Record>, _ report: Reporter) -> LocalDate? {
        guard let dates, !dates.usedTwice.contains(visit) else { return nil }
        guard let date = dates.dates[visit] else {
            report("It belongs to \(Visit.recordName) \(visit), which does not exist.")
            return nil
        }
        checkPlacement(date, in: file, kind: kind, report, visit: visit.description)
        return date
    }

    /// A resolved record has an outcome and a date, others have no date; the date is neither before the visit nor after today.
    private func checkResolution(resolved: Bool, status: String, outcome: String?, resolvedOn: LocalDate?, visitDate: LocalDate?,
                                 _ report: Reporter) {
        if resolved {
            if (outcome ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                report("It is resolved but has no outcome saying what was done.")
            }
            if resolvedOn == nil {
                report("It is resolved but has no resolvedOn date.")
            }
        } else if let resolvedOn {
            report("It is \(status) but has a resolvedOn date (\(resolvedOn)); only a resolved one has.")
        }
        guard let resolvedOn else { return }
        if let visitDate, resolvedOn < visitDate {
            report("It was resolved on \(resolvedOn.prose), before its visit on \(visitDate.prose).")
        }
        checkNotFuture(resolvedOn, report)
    }

    // MARK: - Ids

    /// Each kind's next number in `ids.json` is above every id of that kind in use, or `icv` would hand an id out twice.
    private func checkCounters(_ counters: IDCounters) {
        for prefix in [Volunteer.idPrefix, CustodyVisit.idPrefix, KennelInspection.idPrefix, DetaineeRequest.idPrefix, Issue.idPrefix] {
            guard let inUse = highest[prefix] else { continue }
            let next = counters.next[prefix] ?? 1
            if next <= inUse.number {
                add(DataFile.ids.path, nil,
                    "It would give out \(prefix)\(next) next, but \(prefix)\(inUse.number) is already in \(inUse.file). Set \"\(prefix)\" to \(inUse.number + 1).")
            }
        }
    }
}
