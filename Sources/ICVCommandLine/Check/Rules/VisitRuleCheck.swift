import Foundation
import ICVDomain
import ICVStorage

/// Runs one of the rules `visit log` applies on every recorded visit of a kind; a rule now broken is a problem, said as
/// `visit log` says it.
enum VisitRuleCheck {
    static func each<Record: SiteVisit>(_ files: [CheckedFolder.YearFile<Record>], _ problems: inout ProblemList,
                                        _ rule: (Record) throws(VisitViolation) -> Void) {
        for file in files {
            for (position, record) in file.records.enumerated() {
                do {
                    try rule(record)
                } catch {
                    problems.add(file.path, position: position, id: record.id, message(error))
                }
            }
        }
    }

    /// A broken visit rule as `check` says it: as `visit log` would, with "Check the date." for a date in the future.
    static func message(_ violation: VisitViolation) -> String {
        violation.message(.flags, futureAdvice: "Check the date.")
    }
}
