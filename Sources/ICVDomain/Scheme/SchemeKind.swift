import Foundation

/// The two volunteer schemes an OPCC runs.
public enum SchemeKind: String, CaseIterable, Sendable, Codable {
    case icv
    case aws

    public var title: String {
        self == .icv ? "Independent Custody Visiting" : "Animal Welfare Scheme"
    }

    /// "the Independent Custody Visiting scheme", "the Animal Welfare Scheme".
    public var membership: String {
        self == .icv ? "the Independent Custody Visiting scheme" : "the Animal Welfare Scheme"
    }
}
