import Foundation
import ICVDomain
import ICVStorage

/// Each site passes the rules `site add`, `site target` and `site close` apply (`Site.violations`).
struct SiteRule: CheckRule {
    static let summary = "Each site keeps to its own rules: no standing target when occasional, targets in its unit, no range that ends before it starts."

    static let triggeringExamples = [
        CheckExample("an occasional site with a standing target",
                     .replaceText(file: "scheme.json", #""occasional" : true"#, with: #""occasional" : true, "target" : "1/week""#),
                     problems: ["scheme.json wigston: It is occasional but has a standing target (1/week); an occasional site has none."]),
        CheckExample("a closure that ends before it starts", .replaceText(file: "scheme.json", "2014-12-14", with: "2014-10-14"),
                     problems: ["scheme.json keyham-lane: Its closure ends on 14 October 2014, before it starts on 3 November 2014."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let scheme = folder.scheme else { return }
        for (position, site) in scheme.sites.enumerated() {
            for violation in site.violations {
                problems.add(DataFile.scheme.path, position: position, id: site.id, Self.message(violation))
            }
        }
    }

    static func message(_ violation: SiteViolation) -> String {
        switch violation {
        case .occasionalWithTarget(let target):
            "It is occasional but has a standing target (\(target)); an occasional site has none."
        case .targetRuleInOtherUnit(let rule, let judgedWeekly):
            "Its target \(rule.target) from \(rule.from.prose) is not in its unit: its targets are judged by \(judgedWeekly ? "weeks" : "calendar months")."
        case .targetRuleEndsBeforeStart(let rule):
            "Its target \(rule.target) ends on \(rule.to?.prose ?? ""), before it starts on \(rule.from.prose)."
        case .closureEndsBeforeStart(let closure):
            "Its closure ends on \(closure.to?.prose ?? ""), before it starts on \(closure.from.prose)."
        }
    }
}
