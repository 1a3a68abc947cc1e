import Foundation

/// Hours a volunteer gave outside visits: team meetings, training and other work.
public struct Activity: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case teamMeeting = "team-meeting"
        case training
        case other
    }

    public var date: LocalDate
    public var kind: Kind
    public var hours: Double
    public var description: String?
    public var unknownFields = UnknownFields()

    public init(date: LocalDate, kind: Kind, hours: Double, description: String?) {
        self.date = date
        self.kind = kind
        self.hours = hours
        self.description = description
    }
}
