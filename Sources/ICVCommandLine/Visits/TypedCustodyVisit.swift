import Foundation
import ICVDomain

/// A custody visit as typed, in the flags of `visit log` or a row of `import visits`: its values read, its site and
/// visitors still as typed, and no rule yet checked.
struct TypedCustodyVisit {
    let site: String
    let date: LocalDate
    let times: VisitTimes
    let visitors: [String]
    let counts: DetaineeCounts
    let delayReason: String?
    let notes: String?
    /// Requests dealt with at the visit, each a category and its detail.
    var requests: [(category: RequestCategory, detail: String?)] = []
}
