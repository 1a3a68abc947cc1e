import Foundation
import ICVDomain
import ICVStorage

/// `icv issue …`: issues raised on custody visits and kennel inspections.
enum IssueCommands {
    static let all = [add, resolve, list]

    static let add = Command(CommandSpec(
        ["issue", "add"], arguments: ["VISIT"],
        options: [
            .value("category", "CATEGORY", "The kind of issue (see below).", required: true),
            .value("detail", "TEXT", "What was found. Never a detainee's name.", required: true),
            .value("escalated-to", "TEXT", "Who it was raised with: the custody sergeant, the inspector."),
        ],
        summary: "Raise an issue found on a custody visit (CV…) or kennel inspection (KI…).",
        discussion: "Categories: \(Issue.Category.allCases.map(\.rawValue).joined(separator: ", ")).",
        examples: ["icv issue add CV12 --category health-and-safety --detail \"Fridge temperatures not recorded\" --escalated-to \"Custody inspector\""]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let text = arguments.positionals[0]
        guard let reference = VisitReference(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError.invalidValue(flag: "visit", value: text, expected: "a visit id such as CV12 or KI3")
        }
        let category = try arguments.required("category") { try arguments.choice($0, as: Issue.Category.self) }
        guard let detail = arguments.text("detail") else {
            throw ValidationError.rule("--detail is empty: say what was found.")
        }
        let year = try visitDate(of: reference, in: ledger).financialYear
        let issue = Issue(id: try ledger.nextID(Issue.self), visit: reference, category: category, detail: detail,
                          escalatedTo: arguments.text("escalated-to"), status: .open)
        ledger.add([issue], .issues, in: year)
        return CommandOutput(text: "Raised \(issue.id) on \(reference): \(category.rawValue), open.", records: issue)
    }

    static let resolve = Command(CommandSpec(
        ["issue", "resolve"], arguments: ["ISSUE"],
        options: Resolution.options,
        summary: "Close an open issue with its outcome.",
        examples: ["icv issue resolve I3 --outcome \"Worktop repaired\" --date 2014-07-20"]
    )) { invocation in
        let (issue, resolution) = try Resolution.close(
            invocation.arguments.positionals[0], .issues, invocation: invocation,
            refusal: { issue in
                issue.status == .open ? nil
                    : "\(issue.id) is \(issue.status.rawValue)\(issue.resolvedOn.map { " (on \($0.prose))" } ?? ""); only open issues can be resolved."
            },
            visitDate: { try visitDate(of: $0.visit, in: invocation.ledger) })
        return CommandOutput(
            text: "Resolved \(issue.id) (\(issue.category.rawValue), \(issue.visit)) on \(resolution.date.prose): \(resolution.outcome)",
            records: issue)
    }

    static let list = Command(CommandSpec(
        ["issue", "list"],
        options: [
            .flag("open", "Only issues still open."),
            .value("year", "YYYY", "Only issues raised in this financial year."),
        ],
        summary: "List issues raised on visits and their outcomes.",
        examples: ["icv issue list --open"]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let issues = try YearChoice(arguments).years(.issues, in: ledger)
            .flatMap { try ledger.records(.issues, in: $0) }
            .filter { !arguments.has("open") || $0.status == .open }
        var table = Table(["ID", "VISIT", "CATEGORY", "STATUS", "RESOLVED", "DETAIL", "OUTCOME"])
        for issue in issues {
            table.add([issue.id.description, issue.visit.description, issue.category.rawValue, issue.status.rawValue,
                       issue.resolvedOn?.description ?? "", issue.detail, issue.outcome ?? ""])
        }
        return CommandOutput(text: table.listing("issue", whenEmpty: "No issues match."), records: issues)
    }

    /// The date of the visit or inspection an issue belongs to (which also says the visit exists).
    static func visitDate(of reference: VisitReference, in ledger: Ledger) throws -> LocalDate {
        switch reference {
        case .custody(let id): try Lookup.record(id, .visits, in: ledger).record.date
        case .kennel(let id): try Lookup.record(id, .kennelInspections, in: ledger).record.date
        }
    }
}
