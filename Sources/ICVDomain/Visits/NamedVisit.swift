import Foundation

/// A visit already recorded (or an earlier row of a file being imported) that a new one may clash with, with the names
/// a message gives it and its site: `CV3` at `Beaumont Leys`, or `the row on line 5`.
public struct NamedVisit: Sendable, Equatable {
    public let name: String
    public let siteName: String
    public let place: VisitPlace

    public init(name: String, siteName: String, place: VisitPlace) {
        self.name = name
        self.siteName = siteName
        self.place = place
    }
}
