import Foundation
import ICVDomain
import ICVStorage

/// `icv site add`: a custody suite or kennels joins the scheme.
struct SiteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "add"],
        summary: "Add a custody suite or kennels to the scheme.",
        discussion: "The site's id is made from its name: \"Euston Street\" becomes euston-street.",
        examples: ["icv site add \"Euston Street\" --kind custody-suite",
                   "icv site add Wigston --kind custody-suite --occasional",
                   "icv site add \"Dog Unit\" --kind kennels --target 1/month"])

    @Argument(valueName: "NAME") var name: String
    @Option(valueName: "custody-suite|kennels", help: "What the site is.") var kind: Site.Kind
    @Option(valueName: "N/week|N/fortnight|N/month", help: "Visits due (default: 1/week for a custody suite, 1/month for kennels).")
    var target: String?
    @Flag(help: "The site opens only at times: it has no target, its visits are still counted.") var occasional: Bool
    @Option(valueName: "DATE", help: "The day the site joined the scheme; no visit is due before it.") var opened: LocalDate?

    func run(_ context: CommandContext) throws -> CommandOutput {
        var scheme = try context.ledger.scheme()
        let name = try Self.checkedName(self.name, in: scheme)
        let slug = Site.slug(for: name)
        var standing: Target? = kind == .custodySuite ? Target(visits: 1, period: .week) : Target(visits: 1, period: .month)
        if let target {
            guard !occasional else {
                throw ValidationError.rule("An occasional site has no standing target. Leave out --target, or --occasional; a target for a while is set with `icv site target`.")
            }
            standing = try SiteTargetCommand.parseTarget(target)
        }
        let site = Site(id: slug, name: name, kind: kind, target: occasional ? nil : standing, occasional: occasional, opened: opened)
        scheme.sites.append(site)
        scheme.sites.sort { $0.name.lowercased() < $1.name.lowercased() }
        context.ledger.touch(site.id)
        context.ledger.save(scheme)
        return CommandOutput(text: "Added \(site.name) (\(site.id)): \(kind.label), \(site.targetText).", records: site)
    }

    /// A name as typed for a site, trimmed, refused when it has no letter or digit, holds a control character, or names
    /// (or makes the id of) a site other than `renaming`.
    static func checkedName(_ typed: String, in scheme: Scheme, renaming: Site? = nil) throws -> String {
        let name = try typed.trimmingCharacters(in: .whitespaces).checkedName("A site's name")
        let slug = Site.slug(for: name)
        guard !slug.isEmpty else {
            throw ValidationError.rule("'\(name)' cannot name a site: give a name with letters or digits, such as \"Euston Street\".")
        }
        if let existing = scheme.sites.first(where: { ($0.id == slug || $0.name.lowercased() == name.lowercased()) && $0.id != renaming?.id }) {
            throw ValidationError.rule("There is already a site \(existing.name) (\(existing.id)). Give the \(renaming == nil ? "new site" : "site") a different name.")
        }
        return name
    }
}

extension Site {
    /// `target 1/week`, or `occasional, no target`.
    var targetText: String {
        target.map { "target \($0)" } ?? "occasional, no target"
    }
}
