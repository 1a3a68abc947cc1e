import Foundation

/// The stretch of time a visit took, from its arrival on its date to its leaving, past midnight when `left` is earlier.
public struct VisitSpan: Sendable, Equatable {
    public let date: LocalDate
    public let times: VisitTimes

    public init(date: LocalDate, times: VisitTimes) {
        self.date = date
        self.times = times
    }

    /// Minutes from the start of the calendar to the arrival.
    @usableFromInline var start: Int { date.dayNumber * 24 * 60 + times.arrived.minutes }
    @usableFromInline var end: Int { start + times.minutes }

    /// Whether the two share a moment: one that ends as the other begins does not.
    @inlinable
    public func overlaps(_ other: VisitSpan) -> Bool {
        start < other.end && other.start < end
    }
}
