import Foundation

/// A record followed up until it is closed with an outcome: a detainee request or an issue.
public protocol Resolvable {
    associatedtype Status: RawRepresentable & Equatable where Status.RawValue == String
    /// The status of one closed with an outcome (not at the visit, nor left not actioned).
    static var resolved: Status { get }
    var status: Status { get set }
    var outcome: String? { get set }
    var resolvedOn: LocalDate? { get set }
}

extension Resolvable {
    /// Closes it with what was done, on the day it was done.
    public mutating func markResolved(outcome: String, on date: LocalDate) {
        status = Self.resolved
        self.outcome = outcome
        resolvedOn = date
    }

    public var isResolved: Bool { status == Self.resolved }

    /// The status as the files write it: `referred`, `open`.
    public var statusName: String { status.rawValue }
}
