import Foundation
import ICVDomain

extension Issue: StoredRecord {
    package static let listKey = "issues"

    package static let format = RecordFormat<Issue>(
        blank: Issue(id: IssueID(0), visit: .custody(CustodyVisitID(0)), category: .other, detail: "", escalatedTo: nil, status: .open),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("visit", \.visit),
            .required("category", \.category),
            .required("detail", \.detail),
            .optional("escalatedTo", \.escalatedTo),
            .required("status", \.status),
            .optional("outcome", \.outcome),
            .optional("resolvedOn", \.resolvedOn),
        ])
}
