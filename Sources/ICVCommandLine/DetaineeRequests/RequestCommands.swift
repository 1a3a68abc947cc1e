import Foundation
import ICVDomain
import ICVStorage

/// `icv request …`: detainee requests raised on custody visits.
enum RequestCommands {
    static let all = [add, resolve, list]

    static let add = Command(CommandSpec(
        ["request", "add"], arguments: ["VISIT"],
        options: [
            .value("category", "CATEGORY", "What was asked for (see below).", required: true),
            .value("detail", "TEXT", "More about it; required for other. Never a detainee's name."),
            .value("status", "STATUS", "resolved-at-visit (default), referred, outstanding or not-actioned."),
        ],
        summary: "Add a detainee request to a custody visit.",
        discussion: "Categories: \(RequestCategory.allCases.map(\.rawValue).joined(separator: ", ")).\nReferred and outstanding requests stay open until `icv request resolve`.",
        examples: ["icv request add CV12 --category solicitor --status referred --detail \"Asked for the duty solicitor\""]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let visitID = try custodyVisitID(arguments.positionals[0])
        let (visit, year) = try Lookup.record(visitID, .visits, in: ledger)
        let category = try arguments.required("category") { try arguments.choice($0, as: RequestCategory.self) }
        let detail = arguments.text("detail")
        try checkDetail(category, detail)
        let status = try arguments.choice("status", as: DetaineeRequest.Status.self) ?? .resolvedAtVisit
        guard status != .resolved else {
            throw ValidationError.rule("A request is resolved with its outcome: add it as referred or outstanding, then `icv request resolve ID --outcome TEXT`.")
        }
        let request = DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visit.id, category: category,
                                      detail: detail, status: status)
        ledger.add([request], .requests, in: year)
        return CommandOutput(text: "Added \(request.id) to \(visit.id): \(category.rawValue), \(status.rawValue).", records: request)
    }

    static let resolve = Command(CommandSpec(
        ["request", "resolve"], arguments: ["REQUEST"],
        options: Resolution.options,
        summary: "Close a referred or outstanding request with its outcome.",
        examples: ["icv request resolve R14 --outcome \"Custody sergeant arranged the call\" --date 2014-05-06"]
    )) { invocation in
        let ledger = invocation.ledger
        let (request, resolution) = try Resolution.close(
            invocation.arguments.positionals[0], .requests, invocation: invocation,
            refusal: { $0.status.isOpen ? nil : "\($0.id) is \($0.status.rawValue); only referred and outstanding requests can be resolved." },
            visitDate: { try Lookup.record($0.visit, .visits, in: ledger).record.date })
        return CommandOutput(
            text: "Resolved \(request.id) (\(request.category.rawValue), \(request.visit)) on \(resolution.date.prose): \(resolution.outcome)",
            records: request)
    }

    static let list = Command(CommandSpec(
        ["request", "list"],
        options: [
            .flag("open", "Only requests still open (referred or outstanding)."),
            .value("category", "CATEGORY", "Only this category."),
            .value("year", "YYYY", "Only requests made in this financial year."),
        ],
        summary: "List detainee requests, with the visit each was raised on.",
        examples: ["icv request list --open"]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let category = try arguments.choice("category", as: RequestCategory.self)
        let years = try YearChoice(arguments).years(.requests, in: ledger)
        let today = try invocation.today()
        var rows: [(request: DetaineeRequest, visit: CustodyVisit?)] = []
        for year in years {
            let visits = Dictionary(firstOf: try ledger.records(.visits, in: year).map { ($0.id, $0) })
            rows += try ledger.records(.requests, in: year)
                .filter { (!arguments.has("open") || $0.status.isOpen) && (category == nil || $0.category == category) }
                .map { ($0, visits[$0.visit]) }
        }
        let sites = try ledger.scheme().sites
        var table = Table(["ID", "VISIT", "DATE", "SITE", "CATEGORY", "STATUS", "DAYS OPEN", "DETAIL", "OUTCOME"], numeric: [6])
        for (request, visit) in rows {
            let daysOpen = request.status.isOpen ? visit.map { String($0.date.days(until: today)) } ?? "" : ""
            table.add([request.id.description, request.visit.description, visit?.date.description ?? "",
                       sites.first { $0.id == visit?.site }?.name ?? "", request.category.rawValue, request.status.rawValue,
                       daysOpen, request.detail ?? "", request.outcome ?? ""])
        }
        return CommandOutput(text: table.listing("request", whenEmpty: "No requests match."), records: rows.map(\.request))
    }

    // MARK: - Helpers

    /// Detainee requests belong to custody visits; a kennel inspection id gets a message saying so.
    static func custodyVisitID(_ text: String) throws -> CustodyVisitID {
        if KennelInspectionID(text) != nil {
            throw ValidationError.rule("\(text) is a kennel inspection; detainee requests belong to custody visits (CV…).")
        }
        return try Lookup.id(text, as: CustodyVisit.self)
    }

    /// `refreshments`, or `other:Wanted a pen` with the detail after a colon.
    static func categoryAndDetail(_ text: String) throws -> (RequestCategory, String?) {
        let parts = text.split(separator: ":", maxSplits: 1)
        let name = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let category = RequestCategory(rawValue: name) else {
            throw ValidationError.invalidValue(flag: "request", value: text, expected: ParsedArguments.oneOf(RequestCategory.self))
        }
        let detail = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        try checkDetail(category, detail)
        return (category, detail?.isEmpty == false ? detail : nil)
    }

    static func checkDetail(_ category: RequestCategory, _ detail: String?) throws {
        if category == .other, (detail ?? "").isEmpty {
            throw ValidationError.rule("A request of category other needs a detail saying what was asked for: --detail TEXT (or --request other:TEXT on `icv visit log`).")
        }
    }
}

/// `--outcome` and `--date` of a resolve command: the date defaults to today, is not in the future, nor before the visit.
struct Resolution {
    let outcome: String
    let date: LocalDate

    static let options: [OptionSpec] = [
        .value("outcome", "TEXT", "What was done.", required: true),
        .value("date", "DATE", "The day it was resolved (default: today)."),
    ]

    init(_ invocation: Invocation, id: String, visitDate: LocalDate) throws {
        let arguments = invocation.arguments
        guard let outcome = arguments.text("outcome") else {
            throw ValidationError.rule("--outcome is empty: say what was done.")
        }
        let today = try invocation.today()
        let date = try arguments.date("date") ?? today
        try VisitRules.checkNotFuture(date, today: today, advice: "Give the day it was resolved, today or earlier, with --date.")
        guard date >= visitDate else {
            throw ValidationError.rule("\(id) cannot be resolved on \(date.prose), before the visit on \(visitDate.prose). Check --date.")
        }
        self.outcome = outcome
        self.date = date
    }

    /// Finds a record by id, refuses it when it is not open, reads the resolution and saves the record closed.
    static func close<Record: Resolvable>(_ text: String, _ kind: YearKind<Record>, invocation: Invocation,
                                          refusal: (Record) -> String?,
                                          visitDate: (Record) throws -> LocalDate) throws -> (Record, Resolution) {
        let ledger = invocation.ledger
        let id = try Lookup.id(text, as: Record.self)
        let (found, year) = try Lookup.record(id, kind, in: ledger)
        if let refusal = refusal(found) {
            throw ValidationError.rule(refusal)
        }
        let resolution = try Resolution(invocation, id: id.description, visitDate: try visitDate(found))
        var record = found
        record.markResolved(outcome: resolution.outcome, on: resolution.date)
        ledger.touch(id.description)
        ledger.save(try ledger.records(kind, in: year).map { $0.id == id ? record : $0 }, kind, in: year)
        return (record, resolution)
    }
}

/// `--year` for the lists of requests and issues, whose files go by the financial year of their visit.
struct YearChoice {
    let year: FinancialYear?

    init(_ arguments: ParsedArguments) throws {
        year = try arguments.year("year")
    }

    func years<Record>(_ kind: YearKind<Record>, in ledger: Ledger) throws -> [FinancialYear] {
        try ledger.years(kind).filter { year == nil || $0 == year }
    }
}
