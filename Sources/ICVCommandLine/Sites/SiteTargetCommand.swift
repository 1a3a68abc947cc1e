import Foundation
import ICVDomain
import ICVStorage

/// `icv site target`: a different target for a site over a period.
struct SiteTargetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["site", "target"],
        summary: "Set a different target for a site over a period (TARGET: N/week, N/fortnight or N/month).",
        discussion: "Where rules overlap, the one with the latest --from wins. Weekly and fortnightly targets are judged week by week, monthly targets by calendar month; a site keeps one of the two.",
        examples: ["icv site target euston-street 1/fortnight --from 2021-04-01 --to 2021-06-30"])

    @Argument(valueName: "SITE") var site: String
    @Argument(valueName: "TARGET") var target: String
    @Option(valueName: "DATE", help: "The first day the target applies.") var from: LocalDate
    @Option(valueName: "DATE", help: "The last day it applies (default: from then on).") var to: LocalDate?

    func run(_ context: CommandContext) throws -> CommandOutput {
        var scheme = try context.ledger.scheme()
        var site = try Lookup.site(self.site, in: scheme)
        let target = try Self.parseTarget(self.target)
        let range = try DateRange.typed(from: from, to: to)
        let rule = Site.TargetRule(target: target, from: range.from, to: range.to)
        site.targetRules.append(rule)
        if site.violations.contains(.targetRuleInOtherUnit(rule, judgedWeekly: site.isJudgedWeekly)) {
            let unit = site.isJudgedWeekly ? "weeks, so give N/week or N/fortnight" : "calendar months, so give N/month"
            throw ValidationError.rule("\(site.name)'s targets are judged by \(unit).")
        }
        scheme.replace(site)
        context.ledger.touch(site.id)
        context.ledger.save(scheme)
        return CommandOutput(text: "\(site.name): target \(target) \(range.prose).", records: site)
    }

    /// A target as typed, or the rejection saying what a target looks like.
    static func parseTarget(_ text: String) throws(ValidationError) -> Target {
        do {
            return try Target(parsing: text)
        } catch {
            switch error {
            case .notATarget:
                throw .invalidValue(flag: "target", value: text, expected: "a target such as 1/week, 1/fortnight or 1/month")
            case .unknownPeriod:
                throw .invalidValue(flag: "target", value: text, expected: "a period of week, fortnight or month, as in 1/week")
            case .tooFewVisits(let count, let period):
                throw .rule("A target of \(count) visits is not a target. Give at least 1, as in 1/\(period.rawValue); to stop visits, close the site with `icv site close`.")
            }
        }
    }
}
