import Foundation
import ICVDomain
import ICVStorage

/// `icv export requests`: detainee requests as CSV, with the site and date of the visit each was raised on.
struct ExportRequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["export", "requests"],
        summary: "Export detainee requests as CSV, with the site and date of the visit each was raised on.",
        discussion: "One row per request, in the order of their visits' dates (then id). resolved is the day a referred or outstanding request was closed, empty while it is open."
            + ExportOptions.discussion,
        examples: ["icv export requests --year 2014 --format csv --output requests-2014-15.csv"])

    @Option(valueName: "YYYY", help: "Only requests raised on visits in this financial year.") var year: FinancialYear?
    @OptionGroup var export: ExportOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        var found: [(request: DetaineeRequest, visit: CustodyVisit?)] = []
        for year in try ledger.years(.requests, matching: year) {
            let visits = Dictionary(firstOf: try ledger.records(.visits, in: year).map { ($0.id, $0) })
            found += try ledger.records(.requests, in: year).map { ($0, visits[$0.visit]) }
        }
        found.sort { ($0.visit?.date.dayNumber ?? 0, $0.request.id) < ($1.visit?.date.dayNumber ?? 0, $1.request.id) }
        let rows = found.map { request, visit in
            [request.id.description, request.visit.description, visit?.site ?? "", visit?.date.description ?? "",
             request.category.rawValue, request.detail ?? "", request.status.rawValue, request.outcome ?? "",
             request.resolvedOn?.description ?? ""]
        }
        return try export.write(header: ["id", "visit", "site", "date", "category", "detail", "status", "outcome", "resolved"],
                                rows: rows, records: found.map(\.request), noun: "request", command: Self.configuration,
                                context: context)
    }
}
