import Foundation
import ICVDomain
import ICVStorage

/// `icv visit list`: custody visits, oldest first.
struct VisitListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["visit", "list"],
        summary: "List custody visits, oldest first.",
        examples: ["icv visit list --site euston-street --year 2014"])

    @Option(valueName: "SITE", help: "Only visits to this site.") var site: String?
    @Option(valueName: "DATE", help: "Only visits on or after this day.") var from: LocalDate?
    @Option(valueName: "DATE", help: "Only visits on or before this day.") var to: LocalDate?
    @Option(valueName: "YYYY", help: "Only visits in this financial year (2014 or 2014/15 is April 2014 to March 2015).") var year: FinancialYear?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let filter = try DateFilter(year: year, from: from, to: to)
        let site = try self.site.map { try Lookup.site($0, in: try ledger.scheme()) }
        let visits = try filter.records(.visits, in: ledger) { $0.date }.filter { site == nil || $0.site == site?.id }
        let scheme = try ledger.scheme()
        let names = Dictionary(firstOf: try ledger.volunteers().map { ($0.id, $0.name) })
        var table = Table(["ID", "DATE", "DAY", "SITE", "TIMES", "VISITORS", "IN CUSTODY", "OFFERED", "SPOKEN TO"],
                          numeric: [6, 7, 8])
        for visit in visits {
            table.add([visit.id.description, visit.date.description, visit.date.weekday.shortName,
                       scheme.sites.first { $0.id == visit.site }?.name ?? visit.site, visit.times.span,
                       visit.visitors.map { names[$0] ?? $0.description }.joined(separator: ", "),
                       String(visit.inCustody), String(visit.offered), String(visit.spokenTo)])
        }
        return CommandOutput(text: table.listing("visit", whenEmpty: "No visits match."), records: visits)
    }
}
