import Foundation

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
