import Foundation

/// A time of day on the 24-hour clock in the scheme's local time, written `19:40`.
public struct TimeOfDay: Hashable, Comparable, Sendable, StringCoded {
    public static let expectedForm = "a time (HH:MM)"

    /// Minutes since midnight, 0 to 1439.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Parses `HH:MM` (the hour may be one digit: `9:05`).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        self.init(minutes: hour * 60 + minute)
    }

    public var description: String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutes < rhs.minutes
    }

    /// Minutes from this time forward to `later`, going past midnight when `later` is earlier.
    public func minutes(until later: TimeOfDay) -> Int {
        (later.minutes - minutes + 24 * 60) % (24 * 60)
    }
}
