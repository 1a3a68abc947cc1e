import Foundation

/// Hours a volunteer gave outside visits: team meetings, training and other work.
public struct Activity: Codable, Sendable, Equatable, JSONReadable {
    public enum Kind: String, CaseIterable, Sendable, Codable, JSONReadable {
        case teamMeeting = "team-meeting"
        case training
        case other
    }

    public var date: LocalDate
    public var kind: Kind
    public var hours: Double
    public var description: String?

    public init(date: LocalDate, kind: Kind, hours: Double, description: String?) {
        self.date = date
        self.kind = kind
        self.hours = hours
        self.description = description
    }

    public init(reading reader: inout JSONReader) throws {
        var date: LocalDate?, kind: Kind?, hours: Double?, description: String?
        try reader.readObject { reader, key in
            switch key {
            case "date": date = try LocalDate(reading: &reader)
            case "kind": kind = try Kind(reading: &reader)
            case "hours": hours = try Double(reading: &reader)
            case "description": description = try String?(reading: &reader)
            default: try reader.skipValue()
            }
        }
        self.init(date: try date.required("date"), kind: try kind.required("kind"), hours: try hours.required("hours"),
                  description: description)
    }
}
