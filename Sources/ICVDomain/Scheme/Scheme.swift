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

/// `scheme.json`: the scheme's name, time zone and sites.
public struct Scheme: Sendable, Equatable {
    public var name: String
    public var timeZone: String
    public var sites: [Site]
    public var unknownFields = UnknownFields()

    public init(name: String, timeZone: String, sites: [Site] = []) {
        self.name = name
        self.timeZone = timeZone
        self.sites = sites
    }

    /// Puts a changed site in the place of the one with its id.
    public mutating func replace(_ site: Site) {
        sites = sites.map { $0.id == site.id ? site : $0 }
    }
}
