import Foundation

/// A kind of record kept in one file per financial year, and where those files live.
package struct YearKind<Record: StoredRecord>: Sendable {
    package let folder: String
    /// The command group that lists these records: `visit`, `request`.
    package let listCommand: String
    let file: @Sendable (FinancialYear) -> DataFile
}

extension YearKind where Record == CustodyVisit {
    package static var visits: YearKind { YearKind(folder: "visits", listCommand: "visit", file: DataFile.visits) }
}

extension YearKind where Record == DetaineeRequest {
    package static var requests: YearKind { YearKind(folder: "requests", listCommand: "request", file: DataFile.requests) }
}

extension YearKind where Record == Issue {
    package static var issues: YearKind { YearKind(folder: "issues", listCommand: "issue", file: DataFile.issues) }
}

extension YearKind where Record == KennelInspection {
    package static var kennelInspections: YearKind {
        YearKind(folder: "kennel-inspections", listCommand: "kennel", file: DataFile.kennelInspections)
    }
}
