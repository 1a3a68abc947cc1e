import Foundation

/// Turns an instant into the scheme's local date and time; "today" is always asked of this, never read globally.
public struct Clock: Sendable {
    public let now: Date
    public let timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The Gregorian calendar in the scheme's time zone, which every reading of the instant goes through.
    private func parts(_ components: Set<Calendar.Component>) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents(components, from: now)
    }

    public var today: LocalDate {
        let parts = parts([.year, .month, .day])
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// The time now on the scheme's clock, to the minute.
    public var timeOfDay: TimeOfDay {
        let parts = parts([.hour, .minute])
        return TimeOfDay(minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)) ?? .midnight
    }
}

extension Clock {
    /// The instant as ISO 8601 in the scheme's time zone with its offset, `2014-05-02T21:10:00+01:00`, for the audit log.
    public var timestamp: String {
        let parts = parts([.year, .month, .day, .hour, .minute, .second])
        let offset = timeZone.secondsFromGMT(for: now) / 60
        let sign = offset < 0 ? "-" : "+"
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, sign, abs(offset) / 60, abs(offset) % 60)
    }
}
