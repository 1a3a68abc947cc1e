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

    /// Whether a path is one of the data files: what an undo entry may restore.
    public static func isDataFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1: return [scheme.path, volunteers.path, ids.path].contains(parts[0])
        case 2: return yearFolders.contains(parts[0]) && year(ofFileNamed: parts[1]) != nil
        default: return false
        }
    }

    /// Whether a journal may name the path: a data file, a temporary file written beside one, or a file of the undo log.
    static func isOwnFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        if parts[0] == ".undo" { return parts.count >= 3 && Int(parts[1]) != nil }
        let isTemporary = name.hasPrefix(".") && name.hasSuffix(".tmp")
        let folder = parts.dropLast().joined(separator: "/")
        return isDataFile(path) || (isTemporary && (folder.isEmpty || yearFolders.contains(folder)))
    }

    /// The financial year a year file's name stands for (`2014-15.json`), or nil for another name.
    public static func year(ofFileNamed name: String) -> FinancialYear? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard let year = FinancialYear(stem.replacingOccurrences(of: "-", with: "/")),
              year.fileStem == stem, Bounds.years.contains(year.startYear) else { return nil }
        return year
    }
}
