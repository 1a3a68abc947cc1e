import Foundation
import ICVDomain
import ICVStorage

/// `icv kennel list`: kennel inspections, oldest first.
struct KennelListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["kennel", "list"],
        summary: "List kennel inspections, oldest first.",
        examples: ["icv kennel list --year 2022"])

    @Option(valueName: "YYYY", help: "Only inspections in this financial year.") var year: FinancialYear?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let inspections = try DateFilter(year: year).records(.kennelInspections, in: ledger) { $0.date }
        let sites = try ledger.scheme().sites
        let names = Dictionary(firstOf: try ledger.volunteers().map { ($0.id, $0.name) })
        var table = Table(["ID", "DATE", "SITE", "TIMES", "VISITORS", "DOGS", "CONCERNS"], numeric: [5])
        for inspection in inspections {
            let concerns = inspection.ratings.filter { $0.value == .concern }.keys.map(\.rawValue).sorted()
            table.add([inspection.id.description, inspection.date.description,
                       sites.first { $0.id == inspection.site }?.name ?? inspection.site, inspection.times.span,
                       inspection.visitors.map { names[$0] ?? $0.description }.joined(separator: ", "),
                       String(inspection.dogsObserved), concerns.isEmpty ? "-" : concerns.joined(separator: ", ")])
        }
        return CommandOutput(text: table.listing("kennel inspection", whenEmpty: "No kennel inspections match."),
                             records: inspections)
    }
}
