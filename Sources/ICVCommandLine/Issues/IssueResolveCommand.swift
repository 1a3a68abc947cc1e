import Foundation
import ICVDomain
import ICVStorage

/// `icv issue resolve`: an open issue closed with its outcome.
struct IssueResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["issue", "resolve"],
        summary: "Close an open issue with its outcome.",
        examples: ["icv issue resolve I3 --outcome \"Worktop repaired\" --date 2014-07-20"])

    @Argument(valueName: "ISSUE") var issue: String
    @OptionGroup var resolution: ResolutionOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let (issue, date) = try resolution.close(
            self.issue, .issues, context: context,
            refusal: { issue in
                issue.status == .open ? nil
                    : "\(issue.id) is \(issue.status.rawValue)\(issue.resolvedOn.map { " (on \($0.prose))" } ?? ""); only open issues can be resolved."
            },
            visitDate: { try IssueAddCommand.visitDate(of: $0.visit, in: context.ledger) })
        return CommandOutput(
            text: "Resolved \(issue.id) (\(issue.category.rawValue), \(issue.visit)) on \(date.prose): \(issue.outcome ?? "")",
            records: issue)
    }
}
