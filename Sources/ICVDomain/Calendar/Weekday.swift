import Foundation

/// A day of the week, Monday first as in ISO weeks.
public enum Weekday: String, CaseIterable, Sendable, Codable {
    case monday = "Monday", tuesday = "Tuesday", wednesday = "Wednesday", thursday = "Thursday"
    case friday = "Friday", saturday = "Saturday", sunday = "Sunday"

    public var shortName: String { String(rawValue.prefix(3)) }
}
