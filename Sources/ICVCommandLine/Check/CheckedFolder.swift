import Foundation
import ICVDomain
import ICVStorage

/// A data folder as `icv check` reads it, through the ledger like any command but file by file, so that a file that
/// cannot be read is one problem and the rest are still checked; with the indexes the rules look things up in.
final class CheckedFolder {
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

    /// The dates of the records of a kind, by id (the first, for an id used twice), and the ids used twice, whose date is
    /// in doubt.
    struct RecordIndex<Record: NumberedRecord> {
        var dates: [RecordID<Record>: LocalDate] = [:]
        var usedTwice: Set<RecordID<Record>> = []
    }

    let now: Date
    private(set) var scheme: Scheme?
    private(set) var register: [VolunteerRecord]?
    private(set) var counters: IDCounters?
    private(set) var visits = YearFiles<CustodyVisit>()
    private(set) var inspections = YearFiles<KennelInspection>()
    private(set) var requests = YearFiles<DetaineeRequest>()
    private(set) var issues = YearFiles<Issue>()
    /// The scheme's clock; nil when the scheme or its time zone could not be read.
    private(set) var clock: Clock?
    /// Today in the scheme's time zone; nil when the scheme or its time zone could not be read.
    var today: LocalDate? { clock?.today }
    /// Each file found, in the order read, so problems can be listed file by file.
    private(set) var fileOrder: [String: Int] = [:]
    /// The files that could not be read, or that are not named as data files are, as problems.
    private(set) var readProblems: [FolderCheck.Problem] = []

    // What the rules look up, built once; nil when the file it comes from could not be read.
    private(set) var sites: [String: Site]?
    private(set) var volunteers: [VolunteerID: Volunteer]?
    private(set) var visitIndex: RecordIndex<CustodyVisit>?
    private(set) var inspectionIndex: RecordIndex<KennelInspection>?

    /// Reads every file of the folder behind `store`; `now` gives today in the scheme's time zone.
    init(_ store: Store, now: Date) {
        self.now = now
        // A ledger for each file, so that a file's bytes, which a ledger keeps to write the file again, are let go once its
        // records are read: a national folder's ten years would otherwise be held twice over.
        scheme = read(.scheme, from: store, required: true) { try Ledger(store: store).scheme() }
        register = read(.volunteers, from: store, required: false) { try Ledger(store: store).volunteerRecords() }
        counters = read(.ids, from: store, required: false) { try Ledger(store: store).idCounters() }
        visits = readYears(.visits, from: store)
        inspections = readYears(.kennelInspections, from: store)
        requests = readYears(.requests, from: store)
        issues = readYears(.issues, from: store)
        makeIndexes()
    }

    /// The records a command counts (`CheckScope`), read through the command's own ledger, which then has them for the
    /// command: the scheme, the register (its hours only when they are counted) and the scope's year files. A file that
    /// cannot be read stops the command, as it would have without the check.
    init(_ ledger: Ledger, scope: CheckScope, now: Date) throws {
        self.now = now
        scheme = try ledger.scheme()
        noteFile(DataFile.scheme.path)
        register = scope.hours ? try ledger.volunteerRecords() : try ledger.volunteers().map { VolunteerRecord($0) }
        noteFile(DataFile.volunteers.path)
        visits = try readYears(.visits, in: scope.years, from: ledger)
        inspections = try readYears(.kennelInspections, in: scope.years, from: ledger)
        if scope.followUps {
            requests = try readYears(.requests, in: scope.years, from: ledger)
            issues = try readYears(.issues, in: scope.years, from: ledger)
        }
        makeIndexes()
    }

    private func makeIndexes() {
        clock = scheme.flatMap { TimeZone(identifier: $0.timeZone) }.map { Clock(now: now, timeZone: $0) }
        sites = scheme.map { Dictionary(firstOf: $0.sites.map { ($0.id, $0) }) }
        volunteers = register.map { Dictionary(firstOf: $0.map { ($0.id, $0.volunteer) }) }
        visitIndex = visits.unreadable.isEmpty ? Self.index(visits) : nil
        inspectionIndex = inspections.unreadable.isEmpty ? Self.index(inspections) : nil
    }

    /// Checks left out because files they depend on could not be read.
    var notChecked: [String] {
        var skipped: [String] = []
        func skip(_ what: String, because files: [String]) {
            guard !files.isEmpty else { return }
            skipped.append("Not checked: \(what), because \(Prose.list(files)) could not be read.")
        }
        if let scheme {
            if TimeZone(identifier: scheme.timeZone) == nil {
                skipped.append("Not checked: dates against today, because scheme.json's time zone is not known.")
            }
        } else {
            skip("the sites of visits and kennel inspections, and dates against today", because: [DataFile.scheme.path])
        }
        if register == nil {
            skip("the visitors named on visits and kennel inspections", because: [DataFile.volunteers.path])
        }
        skip("the visits that requests and issues belong to", because: visits.unreadable)
        skip("the kennel inspections that issues belong to", because: inspections.unreadable)
        return skipped
    }

    // MARK: - Reading

    /// Reads one file through the ledger; a file that is missing when it is `required`, or that cannot be read, is a
    /// problem.
    private func read<Body>(_ file: DataFile, from store: Store, required: Bool, _ body: () throws -> Body) -> Body? {
        let exists: Bool
        do {
            exists = try store.signature(of: file.path) != nil
        } catch {
            exists = true // there, but not to be looked at: reading it says so
        }
        guard exists else {
            if required {
                readProblems.append(FolderCheck.Problem(file: file.path, id: nil, problem: "It is missing, so this is not a complete icv data folder."))
                return nil
            }
            return try? body()
        }
        noteFile(file.path)
        do {
            return try body()
        } catch let error as StoreError {
            readProblems.append(FolderCheck.Problem(file: file.path, id: nil, problem: Self.message(for: error)))
        } catch {
            readProblems.append(FolderCheck.Problem(file: file.path, id: nil, problem: "\(error)"))
        }
        return nil
    }

    /// Reads every file in a kind's folder, oldest year first; a file not named after a financial year is a problem.
    private func readYears<Record>(_ kind: YearKind<Record>, from store: Store) -> YearFiles<Record> {
        var result = YearFiles<Record>()
        for name in (try? store.fileNames(in: kind.folder)) ?? [] {
            let path = "\(kind.folder)/\(name)"
            guard let year = DataFile.year(ofFileNamed: name) else {
                noteFile(path)
                readProblems.append(FolderCheck.Problem(file: path, id: nil, problem: "Its name is not a financial year's (such as 2014-15.json), so icv does not read it. Rename it, or move it out of the data folder."))
                continue
            }
            if let records = read(kind.file(year), from: store, required: false, { try Ledger(store: store).records(kind, in: year) }) {
                result.files.append(YearFile(year: year, path: path, records: records))
            } else {
                result.unreadable.append(path)
            }
        }
        return result
    }

    /// The files of a kind for the years asked for that exist, read through a command's ledger.
    private func readYears<Record>(_ kind: YearKind<Record>, in years: Set<FinancialYear>, from ledger: Ledger) throws -> YearFiles<Record> {
        var result = YearFiles<Record>()
        for year in try ledger.years(kind) where years.contains(year) {
            let path = kind.file(year).path
            noteFile(path)
            result.files.append(YearFile(year: year, path: path, records: try ledger.records(kind, in: year)))
        }
        return result
    }

    private func noteFile(_ path: String) {
        if fileOrder[path] == nil { fileOrder[path] = fileOrder.count }
    }

    private static func index<Record: SiteVisit>(_ files: YearFiles<Record>) -> RecordIndex<Record> {
        var index = RecordIndex<Record>()
        for file in files.files {
            for record in file.records {
                if index.dates[record.id] == nil {
                    index.dates[record.id] = record.date
                } else {
                    index.usedTwice.insert(record.id)
                }
            }
        }
        return index
    }

    /// The problem with a file that would not read, said of the file named beside it.
    static func message(for error: StoreError) -> String {
        switch error {
        case .unreadable(_, let line, let column, let problem):
            "It is not valid JSON at line \(line), column \(column) (\(problem)). Mend it by hand or restore it from a backup."
        case .numberOutOfRange(_, let line, let column, let problem):
            "It has a number icv cannot read at line \(line), column \(column) (\(problem)). Mend it by hand or restore it from a backup."
        case .invalidContent(_, let field, let problem):
            "It has a value icv cannot read at \(field): \(problem). Mend it by hand or restore it from a backup."
        case .newerSchema(_, let version):
            "It was written by a newer version of icv (schemaVersion \(version); this one knows \(JSONCoding.schemaVersion)). Update icv to check this folder."
        case .readFailure:
            "It could not be read. Check that it is a file you may read."
        case .ioFailure(_, let problem):
            "It could not be read (\(problem))."
        default:
            error.description
        }
    }
}
