import Foundation
import ICVDomain
import ICVStorage

/// A custody visit read from the flags of `visit log` or a row of `import visits`, and checked by every rule; it gets
/// its id when it is saved.
struct CustodyVisitEntry {
    let entry: VisitEntry
    let counts: DetaineeCounts
    let delayReason: String?
    let notes: String?

    static func read(_ values: some NamedValues, context: VisitEntry.Context,
                     existingArrival: VisitEntry.ExistingArrival) throws -> CustodyVisitEntry {
        let counts = DetaineeCounts(
            inCustody: try values.required("in-custody") { try values.count($0) },
            notAvailable: try values.count("not-available") ?? 0,
            offered: try values.required("offered") { try values.count($0) },
            spokenTo: try values.required("spoken-to") { try values.count($0) })
        do {
            try VisitRules.checkCounts(counts)
        } catch {
            throw ValidationError(error, values.form)
        }
        let delayReason = values.text("delay-reason")
        let entry = try VisitEntry.read(values, kind: .custodySuite, delayReason: delayReason, context: context,
                                        existingArrival: existingArrival)
        return CustodyVisitEntry(entry: entry, counts: counts, delayReason: delayReason, notes: values.text("notes"))
    }

    func visit(_ id: CustodyVisitID) -> CustodyVisit {
        CustodyVisit(id: id, site: entry.site.id, date: entry.date, times: entry.times, delayReason: delayReason,
                     visitors: entry.visitors.map(\.id), counts: counts, notes: notes)
    }
}
