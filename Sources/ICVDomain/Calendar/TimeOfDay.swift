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

    private init(validMinutes: Int) {
        minutes = validMinutes
    }

    public static let midnight = TimeOfDay(validMinutes: 0)

    /// Parses `HH:MM` (the hour may be one digit: `9:05`).
    public init?(_ text: String) {
        var text = text
        guard let time = text.withUTF8(Self.parse) else { return nil }
        self = time
    }

    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let value = Self.parse(bytes) else { return nil }
        self = value
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> TimeOfDay? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), (1...2).contains(colon), bytes.count == colon + 3,
              let hour = ASCIIDigits.number(bytes[..<colon]), let minute = ASCIIDigits.number(bytes[(colon + 1)...]),
              hour < 24, minute < 60 else { return nil }
        return TimeOfDay(minutes: hour * 60 + minute)
    }

    public var description: String {
        "\(ASCIIDigits.padded(minutes / 60, width: 2)):\(ASCIIDigits.padded(minutes % 60, width: 2))"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutes < rhs.minutes
    }

    /// Minutes from this time forward to `later`, going past midnight when `later` is earlier.
    public func minutes(until later: TimeOfDay) -> Int {
        (later.minutes - minutes + 24 * 60) % (24 * 60)
    }
}
