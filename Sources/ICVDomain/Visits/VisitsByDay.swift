import Foundation

/// Visits kept by the day they began, to find the ones a visit overlaps: they began on its own day or the day either
/// side, since a visit may run past midnight. A year of a national scheme's visits is checked one by one against it, so
/// a visit is looked at only when it overlaps in time, and `Visit` may be as light as its place. Inlinable, so that the
/// command line's use of it is specialised for its `Visit` rather than run through generic code.
public struct VisitsByDay<Visit: Sendable>: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        /// The span's first and last minute, worked out once.
        @usableFromInline let start: Int
        @usableFromInline let end: Int
        @usableFromInline let visit: Visit

        @inlinable
        init(span: VisitSpan, visit: Visit) {
            start = span.start
            end = span.end
            self.visit = visit
        }
    }

    @usableFromInline var days: [Int: [Entry]] = [:]

    @inlinable
    public init() {}

    @inlinable
    public mutating func add(_ visit: Visit, span: VisitSpan) {
        days[span.date.dayNumber, default: []].append(Entry(span: span, visit: visit))
    }

    /// The visits that overlap the span, in the order they were added, day by day.
    @inlinable
    public func overlapping(_ span: VisitSpan) -> [Visit] {
        var found: [Visit] = []
        let (start, end) = (span.start, span.end)
        for day in span.date.dayNumber - 1...span.date.dayNumber + 1 {
            guard let entries = days[day] else { continue }
            for index in entries.indices where entries[index].start < end && start < entries[index].end {
                found.append(entries[index].visit)
            }
        }
        return found
    }
}

extension VisitsByDay where Visit == NamedVisit {
    public init(_ visits: [NamedVisit]) {
        self.init()
        for visit in visits { add(visit) }
    }

    public mutating func add(_ visit: NamedVisit) {
        add(visit, span: visit.place.span)
    }
}
