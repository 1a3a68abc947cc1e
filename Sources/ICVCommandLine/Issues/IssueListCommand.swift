import Foundation
import ICVDomain
import ICVStorage

/// `icv issue list`: issues raised on visits, and their outcomes.
struct IssueListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["issue", "list"],
        summary: "List issues raised on visits and their outcomes.",
        examples: ["icv issue list --open"])

    @Flag(help: "Only issues still open.") var open: Bool
    @Option(valueName: "YYYY", help: "Only issues raised in this financial year.") var year: FinancialYear?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let issues = try ledger.years(.issues, matching: year)
            .flatMap { try ledger.records(.issues, in: $0) }
            .filter { !open || $0.status == .open }
        var table = Table(["ID", "VISIT", "CATEGORY", "STATUS", "RESOLVED", "DETAIL", "OUTCOME"])
        for issue in issues {
            table.add([issue.id.description, issue.visit.description, issue.category.rawValue, issue.status.rawValue,
                       issue.resolvedOn?.description ?? "", issue.detail, issue.outcome ?? ""])
        }
        return CommandOutput(text: table.listing("issue", whenEmpty: "No issues match."), records: issues)
    }
}
