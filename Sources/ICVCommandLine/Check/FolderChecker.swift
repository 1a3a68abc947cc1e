import Foundation
import ICVDomain
import ICVStorage

/// `icv check`: reads every file of a data folder and applies every rule to it, writing nothing.
enum FolderChecker {
    /// Every rule, in the order a record's problems are listed.
    static let rules: [any CheckRule] = [
        ReadableFilesRule(), TimeZoneRule(), UniqueSitesRule(), SiteRule(), UniqueIDsRule(), VolunteerRule(),
        VisitYearFileRule(), VisitDateRule(), VisitSiteRule(), VisitorsRule(), VisitTimesRule(), VisitorsFreeRule(), CountsRule(),
        FollowUpVisitRule(), RequestSpokenToRule(), FollowUpRule(), IssueCategoryRule(), IDCountersRule(),
    ]

    /// Checks the folder behind `store` with `rules`; `now` gives today in the scheme's time zone, for dates in the future.
    static func check(_ store: Store, now: Date, rules: [any CheckRule] = rules) -> FolderCheck {
        let folder = CheckedFolder(store, now: now)
        var counts = FolderCheck.Counts()
        counts.sites = folder.scheme?.sites.count ?? 0
        counts.volunteers = folder.register?.count ?? 0
        counts.custodyVisits = folder.visits.recordCount
        counts.kennelInspections = folder.inspections.recordCount
        counts.requests = folder.requests.recordCount
        counts.issues = folder.issues.recordCount
        let (found, warnings) = findings(in: folder, rules: rules)
        return FolderCheck(files: folder.fileOrder.count, counts: counts, problems: found, warnings: warnings, notChecked: folder.notChecked)
    }

    /// The problems and the warnings `rules` find in a folder as read, each in the order they are listed.
    static func findings(in folder: CheckedFolder, rules: [any CheckRule]) -> (problems: [FolderCheck.Problem], warnings: [FolderCheck.Problem]) {
        var problems = ProblemList()
        for (index, rule) in rules.enumerated() {
            problems.rule = index
            rule.check(folder, &problems)
        }
        return problems.ordered(fileOrder: folder.fileOrder)
    }
}
