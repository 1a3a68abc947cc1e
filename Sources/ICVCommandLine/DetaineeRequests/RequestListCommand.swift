import Foundation
import ICVDomain
import ICVStorage

/// `icv request list`: detainee requests, with the visit each was raised on.
struct RequestListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["request", "list"],
        summary: "List detainee requests, with the visit each was raised on.",
        examples: ["icv request list --open"])

    @Flag(help: "Only requests still open (referred or outstanding).") var open: Bool
    @Option(valueName: "CATEGORY", help: "Only this category.") var category: RequestCategory?
    @Option(valueName: "YYYY", help: "Only requests made in this financial year.") var year: FinancialYear?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let today = try context.today()
        var rows: [(request: DetaineeRequest, visit: CustodyVisit?)] = []
        for year in try ledger.years(.requests, matching: year) {
            let visits = Dictionary(firstOf: try ledger.records(.visits, in: year).map { ($0.id, $0) })
            rows += try ledger.records(.requests, in: year)
                .filter { (!open || $0.status.isOpen) && (category == nil || $0.category == category) }
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
}
