import Foundation
import ICVDomain
import ICVStorage

/// Each visit was to a site of the scheme, of the right kind, open that day and already in the scheme.
struct VisitSiteRule: CheckRule {
    static let summary = "Each visit and kennel inspection names a site of the scheme, of its kind, open and in the scheme on the day."

    static let triggeringExamples = [
        CheckExample("a visit to an unknown site", .setFields(file: "visits/2015-16.json", id: "CV1", ["site": #""oadby""#]),
                     problems: ["visits/2015-16.json CV1: Its site 'oadby' is not in scheme.json."]),
        CheckExample("a visit while the site was closed",
                     .setFields(file: "visits/2014-15.json", id: "CV3", ["site": #""keyham-lane""#, "date": #""2014-11-10""#]),
                     problems: ["visits/2014-15.json CV3: Keyham Lane is closed from 3 November 2014 to 14 December 2014 (Refurbishment), so no visit can be logged on 10 November 2014. Check the date and the site."]),
        CheckExample("a kennel inspection of a custody suite",
                     .setFields(file: "kennel-inspections/2015-16.json", id: "KI1", ["site": #""euston-street""#]),
                     problems: ["kennel-inspections/2015-16.json KI1: Euston Street is a custody suite, not kennels. Log visits to it with `icv visit log`."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let sites = folder.sites else { return }
        Self.check(folder.visits.files, kind: .custodySuite, sites: sites, &problems)
        Self.check(folder.inspections.files, kind: .kennels, sites: sites, &problems)
    }

    private static func check<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>], kind: Site.Kind, sites: [String: Site],
                                                  _ problems: inout ProblemList) {
        for file in files {
            for (position, record) in file.records.enumerated() {
                guard let site = sites[record.site] else {
                    problems.add(file.path, position: position, id: record.id, "Its site '\(record.site)' is not in scheme.json.")
                    continue
                }
                do {
                    try VisitRules.checkSite(site, accepts: kind, on: record.date)
                } catch {
                    problems.add(file.path, position: position, id: record.id, VisitRuleCheck.message(error))
                }
            }
        }
    }
}
