import Foundation
import ICVDomain

/// Every data file of the folder and where it lives.
public enum DataFile: Hashable, Sendable {
    case scheme
    case volunteers
    case ids
    case visits(FinancialYear)
    case requests(FinancialYear)
    case issues(FinancialYear)
    case kennelInspections(FinancialYear)

    /// The subfolders holding one file per financial year.
    public static let yearFolders = ["visits", "requests", "issues", "kennel-inspections"]

    public var path: String {
        switch self {
        case .scheme: "scheme.json"
        case .volunteers: "volunteers.json"
        case .ids: "ids.json"
        case .visits(let year): "visits/\(year.fileStem).json"
        case .requests(let year): "requests/\(year.fileStem).json"
        case .issues(let year): "issues/\(year.fileStem).json"
        case .kennelInspections(let year): "kennel-inspections/\(year.fileStem).json"
        }
    }

    /// The financial year a year file's name stands for (`2014-15.json`), or nil for another name.
    public static func year(ofFileNamed name: String) -> FinancialYear? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard let year = FinancialYear(stem.replacingOccurrences(of: "-", with: "/")),
              year.fileStem == stem else { return nil }
        return year
    }
}
