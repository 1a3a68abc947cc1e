import Foundation
import ICVDomain
import ICVStorage

/// `icv export visits`: custody visits as CSV, in the columns `icv import visits` reads.
struct ExportVisitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["export", "visits"],
        summary: "Export custody visits as CSV, in the columns `icv import visits` reads.",
        discussion: "One row per visit, in date order (then id): the site by id, dates YYYY-MM-DD, times HH:MM, visitors by id separated by semicolons. The columns are those `icv import visits` needs, then not_available and delay_reason, so the file re-imports without loss into a folder with the same sites and volunteers (the visits get new ids there, in the order of the rows). Requests and issues are not part of it: export requests separately."
            + ExportOptions.discussion,
        examples: ["icv export visits --year 2014 --format csv --output visits-2014-15.csv"])

    @Option(valueName: "YYYY", help: "Only visits in this financial year (2014 or 2014/15 is April 2014 to March 2015).") var year: FinancialYear?
    @OptionGroup var export: ExportOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let visits = try ledger.years(.visits, matching: year).flatMap { try ledger.records(.visits, in: $0) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let rows = visits.map { visit in
            [visit.site, visit.date.description, visit.arrived.description, visit.left.description,
             visit.visitors.map(\.description).joined(separator: ";"), String(visit.inCustody), String(visit.offered),
             String(visit.spokenTo), visit.admitted?.description ?? "", visit.notes ?? "", String(visit.notAvailable),
             visit.delayReason ?? ""]
        }
        return try export.write(header: ImportVisitsCommand.columns + ImportVisitsCommand.optionalColumns, rows: rows,
                                records: visits, noun: "visit", command: Self.configuration, context: context)
    }
}
