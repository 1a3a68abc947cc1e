import ICVDomain
import ICVStorage

/// One financial year's records, numbered through the ledger in the order a coordinator would type them in.
struct YearRecords {
    var visits: [CustodyVisit] = []
    var requests: [DetaineeRequest] = []
    var issues: [Issue] = []
    var inspections: [KennelInspection] = []
}
