import Foundation

/// A kind of record kept in one file per financial year, and where those files live.
public struct YearKind<Record: NumberedRecord>: Sendable {
    public let folder: String
    /// The command group that lists these records: `visit`, `request`.
    public let listCommand: String
    let file: @Sendable (FinancialYear) -> DataFile
}

extension YearKind where Record == CustodyVisit {
    public static var visits: YearKind { YearKind(folder: "visits", listCommand: "visit", file: DataFile.visits) }
}

extension YearKind where Record == DetaineeRequest {
    public static var requests: YearKind { YearKind(folder: "requests", listCommand: "request", file: DataFile.requests) }
}

extension YearKind where Record == Issue {
    public static var issues: YearKind { YearKind(folder: "issues", listCommand: "issue", file: DataFile.issues) }
}

extension YearKind where Record == KennelInspection {
    public static var kennelInspections: YearKind {
        YearKind(folder: "kennel-inspections", listCommand: "kennel", file: DataFile.kennelInspections)
    }
}
