import Foundation
import ICVDomain
import ICVStorage

/// `icv issue add`: a problem found on a custody visit or kennel inspection, followed up until closed.
struct IssueAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["issue", "add"],
        summary: "Raise an issue found on a custody visit (CV…) or kennel inspection (KI…).",
        discussion: Site.Kind.allCases.map { kind in
            "Categories on \(kind.visitWithArticle): \(Issue.Category.categories(on: kind).map(\.rawValue).joined(separator: ", "))."
        }.joined(separator: "\n"),
        examples: ["icv issue add CV12 --category health-and-safety --detail \"Fridge temperatures not recorded\" --escalated-to \"Custody inspector\"",
                   "icv issue add KI3 --category transport --detail \"Van ventilation not working\" --escalated-to \"Dog unit sergeant\""])

    @Argument(valueName: "VISIT") var visit: String
    @Option(valueName: "CATEGORY", help: "The kind of issue, from the list above for the kind of visit.") var category: Issue.Category
    @Option(valueName: "TEXT", help: "What was found. Never a detainee's name.") var detail: String
    @Option(valueName: "TEXT", help: "Who it was raised with: the custody sergeant, the inspector.") var escalatedTo: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        guard let reference = VisitReference(visit.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError.invalidValue(flag: "visit", value: visit, expected: "a visit id such as CV12 or KI3")
        }
        guard let detail = detail.trimmedText else {
            throw ValidationError.rule("--detail is empty: say what was found.")
        }
        let year = try Self.visitDate(of: reference, in: ledger).financialYear
        let issue = Issue(id: try ledger.nextID(Issue.self), visit: reference, category: category, detail: detail,
                          escalatedTo: escalatedTo?.trimmedText, status: .open)
        if let violation = issue.categoryViolation {
            throw ValidationError.rule(violation.message)
        }
        ledger.add([issue], .issues, in: year)
        return CommandOutput(text: "Raised \(issue.id) on \(reference): \(category.rawValue), open.", records: issue)
    }

    /// The date of the visit or inspection an issue belongs to (which also says the visit exists).
    static func visitDate(of reference: VisitReference, in ledger: Ledger) throws -> LocalDate {
        switch reference {
        case .custody(let id): try Lookup.record(id, .visits, in: ledger).record.date
        case .kennel(let id): try Lookup.record(id, .kennelInspections, in: ledger).record.date
        }
    }
}
