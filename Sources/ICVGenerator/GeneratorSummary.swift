import ICVDomain
import ICVStorage

/// What the generator wrote, for its one-line report and for tests.
public struct GeneratorSummary: Sendable, Equatable {
    public var folder: String
    public var years: [FinancialYear]
    public var custodySuites = 0
    public var kennels = 0
    public var volunteers = 0
    public var visits = 0
    public var requests = 0
    public var issues = 0
    public var inspections = 0

    /// `Wrote /tmp/national: 10 years (2016/17–2025/26), 200 custody suites, …`.
    public var line: String {
        let range = years.count == 1 ? "\(years[0])" : "\(years.first.map(\.description) ?? "")–\(years.last.map(\.description) ?? "")"
        return "Wrote \(folder): \(years.count) year\(years.count == 1 ? "" : "s") (\(range)), \(custodySuites) custody suites, "
            + "\(kennels) kennels, \(volunteers) volunteers, \(visits) custody visits, \(requests) detainee requests, "
            + "\(issues) issues, \(inspections) kennel inspections"
    }
}
