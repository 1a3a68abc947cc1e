import Foundation
import ICVDomain
import ICVStorage

/// `icv site update`: a site's name, the day it joined the scheme, or its standing target changes. Its id stays, so every
/// visit to it still points at it.
struct SiteUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "update"],
        summary: "Change a site's name, the day it joined the scheme, or its standing target.",
        discussion: "The site keeps its id, so its visits stay with it. No week or month before --opened is due, so a site added after it had long been in the scheme is not shown missing the weeks before its first visit. A target for a while is set with `icv site target`.",
        examples: ["icv site update euston-street --opened 2014-04-01",
                   "icv site update wigston --target 1/fortnight",
                   "icv site update \"Keyham Lane\" --name \"Keyham Lane Police Station\""])

    @Argument(valueName: "SITE") var site: String
    @Option(valueName: "NAME", help: "A new name; the id stays as it is.") var name: String?
    @Option(valueName: "DATE", help: "The day the site joined the scheme; no visit is due before it.") var opened: LocalDate?
    @Flag(help: "The site opens only at times: no standing target.") var occasional: Bool
    @Option(valueName: "N/week|N/fortnight|N/month", help: "A new standing target.") var target: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        guard name != nil || opened != nil || occasional || target != nil else {
            throw UsageError("Nothing to update: give --name, --opened, --occasional or --target.")
        }
        guard !(occasional && target != nil) else {
            throw UsageError("Give --occasional or --target, not both.")
        }
        var scheme = try context.ledger.scheme()
        var site = try Lookup.site(self.site, in: scheme)
        var changes: [String] = []
        if let name {
            site.name = try SiteAddCommand.checkedName(name, in: scheme, renaming: site)
            changes.append("named \(site.name)")
        }
        if let opened {
            try Self.checkNoVisit(to: site, before: opened, ledger: context.ledger)
            site.opened = opened
            changes.append("in the scheme from \(opened.prose)")
        }
        if occasional || target != nil {
            site.target = try target.map(SiteTargetCommand.parseTarget)
            site.occasional = occasional
            if let rule = site.targetRules.first(where: { $0.target.period.isWeekly != site.isJudgedWeekly }) {
                let weekly = rule.target.period.isWeekly
                throw ValidationError.rule("\(site.name) has a `site target` rule judged by \(weekly ? "weeks" : "calendar months") (\(rule.target) from \(rule.from.prose)), so its standing target must be \(weekly ? "N/week or N/fortnight" : "N/month") too.")
            }
            changes.append(site.targetText)
        }
        scheme.replace(site)
        scheme.sites.sort { $0.name.lowercased() < $1.name.lowercased() }
        context.ledger.touch(site.id)
        context.ledger.save(scheme)
        return CommandOutput(text: "Updated \(site.name) (\(site.id)): \(changes.joined(separator: "; ")).", records: site)
    }

    /// A site cannot have joined the scheme after a visit to it.
    private static func checkNoVisit(to site: Site, before opened: LocalDate, ledger: Ledger) throws {
        let years = Set(try ledger.years(.visits) + ledger.years(.kennelInspections)).filter { $0.first < opened }
        let earliest = try years.flatMap { try ledger.places(in: $0) }.filter { $0.site == site.id && $0.date < opened }
            .min { ($0.date, $0.arrived) < ($1.date, $1.arrived) }
        if let earliest {
            throw ValidationError.rule("\(earliest.visit) visited \(site.name) on \(earliest.date.prose), before \(opened.prose); a site cannot join the scheme after a visit to it. Give \(earliest.date.prose) or earlier.")
        }
    }
}
