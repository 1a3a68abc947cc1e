import Foundation
import ICVDomain
import ICVStorage

/// `icv visit show`: one custody visit with its requests and issues.
struct VisitShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["visit", "show"],
        summary: "Show a custody visit with its requests and issues.",
        examples: ["icv visit show CV12"])

    @Argument(valueName: "VISIT") var visit: String

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let id = try Lookup.id(self.visit, as: CustodyVisit.self)
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
