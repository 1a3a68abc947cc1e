import Foundation
import ICVDomain

extension DetaineeRequest: StoredRecord {
    package static let listKey = "requests"

    package static let format = RecordFormat<DetaineeRequest>(
        blank: DetaineeRequest(id: RequestID(0), visit: CustodyVisitID(0), category: .other, detail: nil, status: .resolvedAtVisit),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("visit", \.visit),
            .required("category", \.category),
            .optional("detail", \.detail),
            .required("status", \.status),
            .optional("outcome", \.outcome),
            .optional("resolvedOn", \.resolvedOn),
        ])
}
