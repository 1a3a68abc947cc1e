import Foundation

/// A run of days, both ends included: an ISO week (Monday to Sunday) or a calendar month.
public struct Period: Hashable, Sendable, Codable {
    public let start: LocalDate
    public let end: LocalDate

    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    /// The ISO week, Monday to Sunday, that holds a date.
    public static func week(containing date: LocalDate) -> Period {
        let monday = date.adding(days: -(Weekday.allCases.firstIndex(of: date.weekday) ?? 0))
        return Period(start: monday, end: monday.adding(days: 6))
    }

    /// The calendar month that holds a date.
    public static func month(containing date: LocalDate) -> Period {
        let first = LocalDate(year: date.year, month: date.month, day: 1) ?? date
        return Period(start: first, end: first.adding(months: 1).adding(days: -1))
    }

    public func contains(_ date: LocalDate) -> Bool {
        date >= start && date <= end
    }

    public var days: [LocalDate] {
        (0...start.days(until: end)).map { start.adding(days: $0) }
    }

    /// `2–8 June 2014`, `28 July – 3 August 2014`, `30 December 2014 – 5 January 2015`, or `March 2015` for a whole month.
    public var prose: String {
        if start.day == 1, end == start.adding(months: 1).adding(days: -1) {
            return "\(LocalDate.monthNames[start.month - 1]) \(start.year)"
        }
        if start.year != end.year {
            return "\(start.prose) – \(end.prose)"
        }
        if start.month != end.month {
            return "\(start.day) \(LocalDate.monthNames[start.month - 1]) – \(end.prose)"
        }
        return "\(start.day)–\(end.prose)"
    }
}
