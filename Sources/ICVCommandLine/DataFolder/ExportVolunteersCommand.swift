import Foundation
import ICVDomain
import ICVStorage

/// `icv export volunteers`: the register as CSV, with each one's status today.
struct ExportVolunteersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["export", "volunteers"],
        summary: "Export the register of volunteers as CSV, with each one's status today.",
        discussion: "One row per volunteer in id order: schemes separated by semicolons, status as it is today (empty for someone whose joined date is still to come), the vetting in force today (`icv volunteer show` lists every clearance). The file holds contact details: keep it as safe as the data folder."
            + ExportOptions.discussion,
        examples: ["icv export volunteers --format csv --output volunteers.csv"])

    @Option(valueName: "YYYY", help: "Only volunteers who were active or on probation on at least one day of this financial year.")
    var year: FinancialYear?
    @OptionGroup var export: ExportOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let today = try context.today()
        let chosen = try context.ledger.volunteerRecords().filter { record in
            year.map { record.volunteer.mayVisit(onSomeDayFrom: $0.first, to: $0.last) } ?? true
        }
        let rows = chosen.map(\.volunteer).map { volunteer -> [String] in
            let vetting = volunteer.currentVetting(on: today)
            return [volunteer.id.description, volunteer.name, volunteer.schemes.map(\.rawValue).joined(separator: ";"),
                    volunteer.status(on: today)?.rawValue ?? "", volunteer.joined.description, volunteer.left?.description ?? "",
                    vetting?.cleared.description ?? "", vetting?.expires.description ?? "", volunteer.email ?? "", volunteer.phone ?? ""]
        }
        return try export.write(header: ["id", "name", "schemes", "status", "joined", "left", "vetting_cleared", "vetting_expires",
                                         "email", "phone"],
                                rows: rows, records: chosen, noun: "volunteer", command: Self.configuration, context: context)
    }
}
