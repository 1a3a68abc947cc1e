import Foundation

/// A record followed up until it is closed with an outcome: a detainee request or an issue.
public protocol Resolvable {
    var outcome: String? { get }
    var resolvedOn: LocalDate? { get }
    /// Closed with an outcome (not closed at the visit, or not actioned).
    var isResolved: Bool { get }
    /// The status as the files write it: `referred`, `open`.
    var statusName: String { get }
    mutating func markResolved(outcome: String, on date: LocalDate)
}
