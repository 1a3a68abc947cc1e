import Foundation
import ICVDomain
import ICVStorage

extension Ledger {
    /// The financial years with a file of this kind: all of them, or only `year` (`--year`) when one is given.
    func years<Record>(_ kind: YearKind<Record>, matching year: FinancialYear?) throws -> [FinancialYear] {
        try years(kind).filter { year == nil || $0 == year }
    }
}
