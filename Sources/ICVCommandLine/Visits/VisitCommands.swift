import Foundation
import ICVDomain
import ICVStorage

/// `icv visit …`: custody visit reports.
enum VisitCommands {
    static let all = [log, list, show]

    static let log = Command(CommandSpec(
        ["visit", "log"],
        options: VisitEntry.options(siteHelp: "The custody suite, by id or name.") + [
            .value("in-custody", "N", "Detainees in custody when the pair arrived.", required: true),
            .value("offered", "N", "Detainees offered a visit.", required: true),
            .value("spoken-to", "N", "Detainees who accepted and were spoken to.", required: true),
            .value("not-available", "N", "Detainees who could not be offered a visit: asleep, in interview, at hospital or court (default: 0)."),
            .value("admitted", "HH:MM", "When the pair were let in."),
            .value("delay-reason", "TEXT", "Why admission took more than 10 minutes (required then)."),
            .value("notes", "TEXT", "Anything else from the report. Never a detainee's name."),
            VisitEntry.duplicateOption,
            .value("request", "CATEGORY", "A detainee request dealt with at the visit; repeat for each. For other, add the detail: other:TEXT.", repeatable: true),
        ],
        summary: "Log a custody visit report.",
        discussion: "Request categories: \(RequestCategory.allCases.map(\.rawValue).joined(separator: ", ")).\nRequests still to follow up are added with `icv request add VISIT --status referred`.",
        examples: ["icv visit log --site \"Euston Street\" --date 2014-05-02 --arrived 19:40 --left 21:05 --admitted 19:44 --visitors \"Ann Ray,Ben Oke\" --in-custody 12 --not-available 4 --offered 8 --spoken-to 7 --request refreshments --request blankets"]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let requested = try arguments.strings("request").map(RequestCommands.categoryAndDetail)
        let checked = try CustodyVisitEntry.read(arguments, context: try VisitEntry.Context(invocation)) { site, date, arrived in
            try ledger.existingVisit(.visits, site: site, date: date, arrived: arrived)?.description
        }
        let entry = checked.entry
        let year = entry.date.financialYear
        let visit = checked.visit(try ledger.nextID(CustodyVisit.self))
        ledger.add([visit], .visits, in: year)
        var requests: [DetaineeRequest] = []
        for (category, detail) in requested {
            requests.append(DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visit.id, category: category,
                                            detail: detail, status: .resolvedAtVisit))
        }
        if !requests.isEmpty {
            ledger.add(requests, .requests, in: year)
        }
        var text = "Logged \(visit.id): \(entry.summary); \(visit.spokenTo) of \(visit.offered) offered spoken to"
        if !requests.isEmpty {
            let listed = requests.map { "\($0.id) \($0.category.rawValue)" }.joined(separator: ", ")
            text += "\n\(Prose.count(requests.count, "request")) resolved at the visit: \(listed)."
        }
        return CommandOutput(text: text, records: VisitDetail(visit: visit, requests: requests, issues: []),
                                 warnings: entry.warnings)
    }

    static let list = Command(CommandSpec(
        ["visit", "list"],
        options: [
            .value("site", "SITE", "Only visits to this site."),
            .value("from", "DATE", "Only visits on or after this day."),
            .value("to", "DATE", "Only visits on or before this day."),
            .value("year", "YYYY", "Only visits in this financial year (2014 or 2014/15 is April 2014 to March 2015)."),
        ],
        summary: "List custody visits, oldest first.",
        examples: ["icv visit list --site euston-street --year 2014"]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let filter = try DateFilter(arguments)
        let site = try arguments.string("site").map { try Lookup.site($0, in: try ledger.scheme()) }
        let visits = try filter.records(.visits, in: ledger) { $0.date }.filter { site == nil || $0.site == site?.id }
        let scheme = try ledger.scheme()
        let names = Dictionary(firstOf: try ledger.volunteers().map { ($0.id, $0.name) })
        var table = Table(["ID", "DATE", "DAY", "SITE", "TIMES", "VISITORS", "IN CUSTODY", "OFFERED", "SPOKEN TO"],
                          numeric: [6, 7, 8])
        for visit in visits {
            table.add([visit.id.description, visit.date.description, visit.date.weekday.shortName,
                       scheme.sites.first { $0.id == visit.site }?.name ?? visit.site, visit.times.span,
                       visit.visitors.map { names[$0] ?? $0.description }.joined(separator: ", "),
                       String(visit.inCustody), String(visit.offered), String(visit.spokenTo)])
        }
        return CommandOutput(text: table.listing("visit", whenEmpty: "No visits match."), records: visits)
    }

    static let show = Command(CommandSpec(
        ["visit", "show"], arguments: ["VISIT"],
        summary: "Show a custody visit with its requests and issues.",
        examples: ["icv visit show CV12"]
    )) { invocation in
        let ledger = invocation.ledger
        let id = try Lookup.id(invocation.arguments.positionals[0], as: CustodyVisit.self)
        let (visit, year) = try Lookup.record(id, .visits, in: ledger)
        let requests = try ledger.records(.requests, in: year).filter { $0.visit == id }
        let issues = try ledger.records(.issues, in: year).filter { $0.visit == .custody(id) }
        let site = try ledger.scheme().sites.first { $0.id == visit.site }
        let names = Dictionary(firstOf: try ledger.volunteers().map { ($0.id, $0.name) })
        var lines = [
            "\(visit.id): \(site?.name ?? visit.site), \(visit.date.proseWithWeekday)",
            "Times:          arrived \(visit.arrived), " + (visit.admitted.map { "admitted \($0), " } ?? "") + "left \(visit.left)",
            "Visitors:       " + Prose.list(visit.visitors.map { "\(names[$0] ?? "?") (\($0))" }),
            "In custody:     \(visit.inCustody) (\(visit.notAvailable) not available)",
            "Offered:        \(visit.offered)",
            "Spoken to:      \(visit.spokenTo) (\(visit.declined) declined)",
        ]
        if let reason = visit.delayReason { lines.append("Delay reason:   \(reason)") }
        if let notes = visit.notes { lines.append("Notes:          \(notes)") }
        var requestTable = Table(["ID", "CATEGORY", "STATUS", "DETAIL", "OUTCOME"])
        for request in requests {
            requestTable.add([request.id.description, request.category.rawValue, request.status.rawValue,
                              request.detail ?? "", request.outcome ?? ""])
        }
        var issueTable = Table(["ID", "CATEGORY", "STATUS", "DETAIL", "OUTCOME"])
        for issue in issues {
            issueTable.add([issue.id.description, issue.category.rawValue, issue.status.rawValue, issue.detail, issue.outcome ?? ""])
        }
        lines.append("\n" + requestTable.listing("request", whenEmpty: "No requests."))
        lines.append("\n" + issueTable.listing("issue", whenEmpty: "No issues."))
        return CommandOutput(text: lines.joined(separator: "\n"), records: VisitDetail(visit: visit, requests: requests, issues: issues))
    }
}

/// A visit with the requests and issues raised on it, as `visit log` and `visit show` print it in JSON.
struct VisitDetail: JSONWritable {
    let visit: CustodyVisit
    let requests: [DetaineeRequest]
    let issues: [Issue]

    /// The visit's own fields at the top level, with `requests` and `issues` beside them.
    var json: JSONValue {
        guard case .object(let fields) = visit.json else { return visit.json }
        return .object(fields + [(key: "requests", value: requests.json), (key: "issues", value: issues.json)])
    }
}

/// `--year`, or `--from`/`--to`: which financial years' files to read and which records to keep.
struct DateFilter {
    let from: LocalDate?
    let to: LocalDate?
    let year: FinancialYear?

    init(_ arguments: ParsedArguments) throws {
        year = try arguments.year("year")
        from = try arguments.date("from")
        to = try arguments.date("to")
        if year != nil, from != nil || to != nil {
            throw UsageError("Give --year, or --from and --to, not both.", command: [])
        }
        if let from, let to, to < from {
            throw ValidationError.rule("--to \(to) is before --from \(from). Give the first day with --from and the last with --to.")
        }
    }

    func contains(_ date: LocalDate) -> Bool {
        (year.map { $0.contains(date) } ?? true) && (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }

    /// Reads only the years that can match, keeping the records whose date (found by `date`) passes.
    func records<Record>(_ kind: YearKind<Record>, in ledger: Ledger, date: (Record) throws -> LocalDate) throws -> [Record] {
        let years = try ledger.years(kind).filter { candidate in
            (year.map { $0 == candidate } ?? true) && (from.map { candidate.last >= $0 } ?? true)
                && (to.map { candidate.first <= $0 } ?? true)
        }
        return try years.flatMap { try ledger.records(kind, in: $0) }.filter { try contains(date($0)) }
    }
}
