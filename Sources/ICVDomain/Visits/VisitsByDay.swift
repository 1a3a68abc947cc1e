import Foundation

/// Visits kept by the day they began, to find the ones a visit may clash with: those of its own day and of the days
/// either side, since a visit may run past midnight.
public struct VisitsByDay: Sendable {
    private var days: [Int: [NamedVisit]] = [:]

    public init(_ visits: [NamedVisit] = []) {
        for visit in visits { add(visit) }
    }

    public mutating func add(_ visit: NamedVisit) {
        days[visit.place.date.dayNumber, default: []].append(visit)
    }

    /// The visits of the day before, the day and the day after, in the order they were added, day by day.
    public func around(_ date: LocalDate) -> [NamedVisit] {
        (date.dayNumber - 1...date.dayNumber + 1).flatMap { days[$0] ?? [] }
    }
}
