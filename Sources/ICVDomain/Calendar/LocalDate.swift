import Foundation

/// A calendar date with no time or zone, written `2014-05-02` in files and `2 May 2014` in prose.
public struct LocalDate: Hashable, Comparable, Sendable, StringCoded {
    public static let expectedForm = "a date (YYYY-MM-DD)"

    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly: four-digit year, two-digit month and day.
    public init?(_ text: String) {
        var text = text
        guard let date = text.withUTF8(Self.parse) else { return nil }
        self = date
    }

    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let value = Self.parse(bytes) else { return nil }
        self = value
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = ASCIIDigits.number(bytes[0..<4]), let month = ASCIIDigits.number(bytes[5..<7]),
              let day = ASCIIDigits.number(bytes[8..<10]) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    public var description: String {
        "\(ASCIIDigits.padded(year, width: 4))-\(ASCIIDigits.padded(month, width: 2))-\(ASCIIDigits.padded(day, width: 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
    // MARK: - Arithmetic

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without a `Calendar`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given day number (inverse of `dayNumber`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// Adds calendar months, keeping the day where it exists (31 August + 6 months is 28 February).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, LocalDate.daysIn(month: newMonth, year: newYear))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    public func days(until other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The day of the week; 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        Weekday.allCases[((dayNumber % 7) + 7 + 3) % 7]
    }

    /// The financial year (1 April to 31 March) that holds this date.
    public var financialYear: FinancialYear {
        FinancialYear(startYear: month >= 4 ? year : year - 1)
    }

    /// Whole years from this date to `other` (anniversaries passed).
    public func wholeYears(until other: LocalDate) -> Int {
        var years = other.year - year
        if (other.month, other.day) < (month, day) { years -= 1 }
        return years
    }

    // MARK: - In words

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `2 May 2014`.
    public var prose: String {
        "\(day) \(LocalDate.monthNames[month - 1]) \(year)"
    }

    /// `Fri 2 May 2014`.
    public var proseWithWeekday: String {
        "\(weekday.shortName) \(prose)"
    }
}
