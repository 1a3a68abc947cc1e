import Foundation

/// `icv compliance --json`: the range and every site's compliance, in name order.
public struct ComplianceReport: Encodable, Sendable, Equatable {
    public let from: LocalDate
    public let to: LocalDate
    public let sites: [SiteCompliance]
}
