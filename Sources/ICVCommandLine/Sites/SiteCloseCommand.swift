import Foundation
import ICVDomain
import ICVStorage

/// `icv site close`: days on which a site cannot be visited and nothing is due.
struct SiteCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "close"],
        summary: "Record that a site is closed (no visits can be made, none are due).",
        examples: ["icv site close keyham-lane --from 2014-11-03 --to 2014-12-14 --reason \"Cell block refurbishment\""])

    @Argument(valueName: "SITE") var site: String
    @Option(valueName: "DATE", help: "The first day the site is closed.") var from: LocalDate
    @Option(valueName: "DATE", help: "The last day it is closed (default: closed from then on).") var to: LocalDate?
    @Option(valueName: "TEXT", help: "Why, for the record (a refurbishment, say).") var reason: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        var scheme = try context.ledger.scheme()
        var site = try Lookup.site(self.site, in: scheme)
        let range = try DateRange.typed(from: from, to: to)
        let closure = Site.Closure(from: range.from, to: range.to, reason: reason?.trimmedText)
        let visits = try SiteShowCommand.visitDates(of: site, ledger: context.ledger)
        if let clash = visits.first(where: { closure.covers($0.date) }) {
            throw ValidationError.rule("\(clash.id) records a visit to \(site.name) on \(clash.date.prose), inside that closure. Check the dates, or the visit with `icv \(site.kind == .kennels ? "kennel list" : "visit show \(clash.id)")`.")
        }
        site.closures.append(closure)
        site.closures.sort { $0.from < $1.from }
        scheme.replace(site)
        context.ledger.touch(site.id)
        context.ledger.save(scheme)
        let reason = closure.reason.map { " (\($0))" } ?? ""
        return CommandOutput(text: "\(site.name): closed \(range.prose)\(reason).", records: site)
    }
}
