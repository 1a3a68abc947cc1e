import Foundation

/// Hours a volunteer gave outside visits: team meetings, training and other work.
public struct Activity: Codable, Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case teamMeeting = "team-meeting"
        case training
        case other
    }

    public var date: LocalDate
    public var kind: Kind
    public var hours: Double
    public var description: String?
}
