import Foundation
import ICVDomain
import ICVStorage

/// Each visit was made by a pair on the register, members of the scheme and able to visit that day; a visitor whose
/// vetting had expired by then is a warning, as it was when the visit was logged.
struct VisitorsRule: CheckRule {
    static let summary = "Each visit and kennel inspection was made by two or more volunteers on the register, members of its scheme who could visit that day; a visitor whose vetting had expired by then is a warning."

    static let triggeringExamples = [
        CheckExample("a visit by an unknown volunteer", .setFields(file: "visits/2015-16.json", id: "CV1", ["visitors": #"["V1", "V99"]"#]),
                     problems: ["visits/2015-16.json CV1: Its visitor V99 is not on the register (volunteers.json)."]),
        CheckExample("a visit by one visitor", .setFields(file: "visits/2015-16.json", id: "CV1", ["visitors": #"["V1"]"#]),
                     problems: ["visits/2015-16.json CV1: Visits are made in pairs: give at least two visitors with --visitors, separated by commas."]),
        CheckExample("a visitor who had left", .setFields(file: "visits/2015-16.json", id: "CV1", ["visitors": #"["V1", "V5"]"#]),
                     problems: ["visits/2015-16.json CV1: Eve Gale (V5) had left the scheme by 2 May 2015, and only active volunteers and probationers may visit. Check the date and the visitors."]),
        CheckExample("a visitor whose vetting had expired, which is only a warning",
                     .setFields(file: "visits/2015-16.json", id: "CV1", ["visitors": #"["V1", "V7"]"#]),
                     warnings: ["visits/2015-16.json CV1: Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit; it was renewed on 3 May 2015."]),
        CheckExample("a kennel inspection by a visitor whose vetting had expired and was never renewed",
                     .setFields(file: "volunteers.json", id: "V7", ["vettingHistory": #"[{"cleared" : "2012-01-01", "expires" : "2015-01-01"}]"#]),
                     warnings: ["kennel-inspections/2015-16.json KI1: Gus Ivy (V7)'s vetting expired on 1 January 2015, before this visit. Renew it with `icv volunteer update V7 --vetting-cleared DATE --vetting-expires DATE`."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a visitor whose clearance was in force that day, though it has expired since",
                     .setFields(file: "visits/2014-15.json", id: "CV2", ["visitors": #"["V1", "V7"]"#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let volunteers = folder.volunteers else { return }
        Self.check(folder.visits.files, scheme: .icv, volunteers: volunteers, &problems)
        Self.check(folder.inspections.files, scheme: .aws, volunteers: volunteers, &problems)
    }

    private static func check<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>], scheme: SchemeKind,
                                                  volunteers: [VolunteerID: Volunteer], _ problems: inout ProblemList) {
        for file in files {
            for (position, record) in file.records.enumerated() {
                var unknown: [VolunteerID] = []
                for id in record.visitors where volunteers[id] == nil && !unknown.contains(id) {
                    unknown.append(id)
                }
                for id in unknown {
                    problems.add(file.path, position: position, id: record.id, "Its visitor \(id) is not on the register (volunteers.json).")
                }
                guard unknown.isEmpty else { continue }
                do {
                    for expired in try VisitRules.checkVisitors(record.visitors.compactMap { volunteers[$0] }, scheme: scheme, on: record.date) {
                        problems.warn(file.path, position: position, id: record.id, VisitViolation.vettingWarning(expired, before: "this visit"))
                    }
                } catch {
                    problems.add(file.path, position: position, id: record.id, VisitRuleCheck.message(error))
                }
            }
        }
    }
}
