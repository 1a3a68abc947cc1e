import Foundation
import ICVDomain
import ICVStorage

/// A custody visit that passed every rule, from the flags of `visit log` or a row of `import visits`; it gets its id
/// when it is saved.
struct CustodyVisitEntry {
    let entry: VisitEntry
    let counts: DetaineeCounts
    let delayReason: String?
    let notes: String?

    /// Checks a typed visit by every rule of `visit log`, naming the flags or columns (`form`) in a rejection.
    static func check(_ typed: TypedCustodyVisit, form: EntryForm, context: VisitEntry.Context,
                      visitsOverlapping: VisitEntry.VisitsOverlapping) throws -> CustodyVisitEntry {
        do {
            try VisitRules.checkCounts(typed.counts)
            try VisitRules.checkRequests(typed.requests.count, spokenTo: typed.counts.spokenTo)
        } catch {
            throw ValidationError(error, form)
        }
        let entry = try VisitEntry.check(site: typed.site, date: typed.date, times: typed.times, visitors: typed.visitors,
                                         kind: .custodySuite, delayReason: typed.delayReason, form: form, context: context,
                                         visitsOverlapping: visitsOverlapping)
        return CustodyVisitEntry(entry: entry, counts: typed.counts, delayReason: typed.delayReason, notes: typed.notes)
    }

    func visit(_ id: CustodyVisitID) -> CustodyVisit {
        CustodyVisit(id: id, site: entry.site.id, date: entry.date, times: entry.times, delayReason: delayReason,
                     visitors: entry.visitors.map(\.id), counts: counts, notes: notes)
    }
}
