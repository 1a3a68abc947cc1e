import Foundation

/// The part of the day a visit began in, by arrival time: the evidence that visits are not predictable.
public enum TimeBand: String, CaseIterable, Sendable {
    case night, early, midday, afternoon, evening

    public init(arrival: TimeOfDay) {
        switch arrival.minutes / 60 {
        case 0..<6: self = .night
        case 6..<10: self = .early
        case 10..<14: self = .midday
        case 14..<18: self = .afternoon
        default: self = .evening
        }
    }

    /// `Night`, `Early`, `Mid`, `Aft`, `Eve`: a column heading in a chart.
    public var shortName: String {
        switch self {
        case .night: "Night"
        case .early: "Early"
        case .midday: "Mid"
        case .afternoon: "Aft"
        case .evening: "Eve"
        }
    }

    /// `00:00–05:59`.
    public var hours: String {
        switch self {
        case .night: "00:00–05:59"
        case .early: "06:00–09:59"
        case .midday: "10:00–13:59"
        case .afternoon: "14:00–17:59"
        case .evening: "18:00–23:59"
        }
    }
}
