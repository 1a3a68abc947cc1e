import Foundation
import ICVDomain
import ICVStorage

/// A visit with the requests and issues raised on it, as `visit log` and `visit show` print it in JSON.
struct VisitDetail: JSONWritable {
    let visit: CustodyVisit
    let requests: [DetaineeRequest]
    let issues: [Issue]

    /// The visit's own fields at the top level, with `requests` and `issues` beside them.
    var json: JSONValue {
        guard case .object(let fields) = visit.json else { return visit.json }
        return .object(fields + [(key: "requests", value: requests.json), (key: "issues", value: issues.json)])
    }
}
