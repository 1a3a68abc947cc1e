import Foundation
import ICVDomain
import ICVStorage

/// `icv site show`: one site's targets, closures and visits.
struct SiteShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "show"],
        summary: "Show a site's targets, closures and visits.",
        examples: ["icv site show euston-street"])

    @Argument(valueName: "SITE") var site: String

    func run(_ context: CommandContext) throws -> CommandOutput {
        let site = try Lookup.site(self.site, in: try context.ledger.scheme())
        let today = try context.today()
        let visits = try Self.visitDates(of: site, ledger: context.ledger)
        var lines = [
            "\(site.name) (\(site.id))",
            "Kind:       \(site.kind.label)",
            "Target:     \(site.target?.description ?? "none (occasional)")",
        ]
        if let opened = site.opened {
            lines.append("Opened:     \(opened.prose)")
        }
        lines.append("Today:      \(Self.openState(site, on: today))")
        lines.append("Visits:     \(visits.count)" + (visits.map(\.date).max().map { ", the last on \($0.prose)" } ?? ""))
        if !site.targetRules.isEmpty {
            lines.append("\nTarget rules:")
            lines += site.targetRules.map { rule in "  \(rule.target) \(DateRange(from: rule.from, to: rule.to).prose)" }
        }
        if !site.closures.isEmpty {
            lines.append("\nClosures:")
            lines += site.closures.map { closure in
                "  \(DateRange(from: closure.from, to: closure.to).prose)" + (closure.reason.map { ": \($0)" } ?? "")
            }
        }
        return CommandOutput(text: lines.joined(separator: "\n"), records: site)
    }

    /// `open`, `opens 1 April 2022`, `closed until 14 December 2014` or `closed`.
    static func openState(_ site: Site, on date: LocalDate) -> String {
        if let opened = site.opened, date < opened { return "opens \(opened.prose)" }
        guard let closure = site.closure(on: date) else { return "open" }
        return closure.to.map { "closed until \($0.prose)" } ?? "closed"
    }

    /// The id and date of every visit to the site, custody or kennel, across all years.
    static func visitDates(of site: Site, ledger: Ledger) throws -> [(id: String, date: LocalDate)] {
        switch site.kind {
        case .custodySuite:
            try ledger.allRecords(.visits).filter { $0.site == site.id }.map { ($0.id.description, $0.date) }
        case .kennels:
            try ledger.allRecords(.kennelInspections).filter { $0.site == site.id }.map { ($0.id.description, $0.date) }
        }
    }
}
