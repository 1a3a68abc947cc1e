import Foundation

/// Something wrong with a site as recorded: what `site add`, `site target` and `site close` refuse, and `check` reports.
public enum SiteViolation: Error, Equatable, Sendable {
    /// An occasional site has no standing target.
    case occasionalWithTarget(Target)
    /// A `site target` rule in the other unit: a site is judged by weeks or by calendar months, never both.
    case targetRuleInOtherUnit(Site.TargetRule, judgedWeekly: Bool)
    case targetRuleEndsBeforeStart(Site.TargetRule)
    case closureEndsBeforeStart(Site.Closure)
}

extension Site {
    /// Every rule the site as recorded breaks, in the order they are listed.
    public var violations: [SiteViolation] {
        var found: [SiteViolation] = []
        if occasional, let target { found.append(.occasionalWithTarget(target)) }
        for rule in targetRules {
            if rule.target.period.isWeekly != isJudgedWeekly { found.append(.targetRuleInOtherUnit(rule, judgedWeekly: isJudgedWeekly)) }
            if let to = rule.to, to < rule.from { found.append(.targetRuleEndsBeforeStart(rule)) }
        }
        for closure in closures {
            if let to = closure.to, to < closure.from { found.append(.closureEndsBeforeStart(closure)) }
        }
        return found
    }
}
