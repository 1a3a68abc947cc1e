import Foundation
import ICVDomain

/// A kind of record kept in one file per financial year, where those files live, and which of the ledger's maps holds
/// their handles.
package struct YearKind<Record: StoredRecord & NumberedRecord>: Sendable where Record.Identity == Record {
    package let folder: String
    /// The command group that lists these records: `visit`, `request`.
    package let listCommand: String
    package let file: @Sendable (FinancialYear) -> DataFile
    let handles: ReferenceWritableKeyPath<Ledger, [FinancialYear: ListHandle<Record>]> & Sendable
    /// Made here, where each kind is named, so that its files are read by code made for its records.
    let reading: ListReading<Record>
}

extension YearKind where Record == CustodyVisit {
    package static var visits: YearKind {
        YearKind(folder: "visits", listCommand: "visit", file: DataFile.visits, handles: \.visitFiles, reading: .standard)
    }
}

extension YearKind where Record == DetaineeRequest {
    package static var requests: YearKind {
        YearKind(folder: "requests", listCommand: "request", file: DataFile.requests, handles: \.requestFiles, reading: .standard)
    }
}

extension YearKind where Record == Issue {
    package static var issues: YearKind {
        YearKind(folder: "issues", listCommand: "issue", file: DataFile.issues, handles: \.issueFiles, reading: .standard)
    }
}

extension YearKind where Record == KennelInspection {
    package static var kennelInspections: YearKind {
        YearKind(folder: "kennel-inspections", listCommand: "kennel", file: DataFile.kennelInspections,
                 handles: \.kennelInspectionFiles, reading: .standard)
    }
}
