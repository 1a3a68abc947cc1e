import Foundation
import ICVDomain
import ICVStorage

/// `icv site list`: the sites, their targets, and whether each is open today.
struct SiteListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "list"],
        summary: "List the sites with their targets and whether each is open today.",
        examples: ["icv site list"])

    func run(_ context: CommandContext) throws -> CommandOutput {
        let scheme = try context.ledger.scheme()
        let today = try context.today()
        var table = Table(["ID", "NAME", "KIND", "TARGET", "TODAY"])
        for site in scheme.sites {
            table.add([site.id, site.name, site.kind.label, site.target(on: today)?.description ?? "occasional",
                       SiteShowCommand.openState(site, on: today)])
        }
        let empty = "No sites yet. Add one with: icv site add \"Euston Street\" --kind custody-suite"
        return CommandOutput(text: table.listing("site", whenEmpty: empty), records: scheme.sites)
    }
}
