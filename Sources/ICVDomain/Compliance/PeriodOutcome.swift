import Foundation

/// How one period of a site's range went against the target in force on its first day.
public struct PeriodOutcome: Sendable, Equatable {
    public enum State: String, Sendable {
        /// Due, and visited enough.
        case met
        /// Due, and not visited enough.
        case missed
        /// Closed on every day: not due.
        case closed
        /// No target in force on its first day: neither due nor closed.
        case noTarget
        /// Not over yet (or not begun) on the day compliance is worked out, and not yet met: not judged.
        case pending
    }

    public let period: Period
    public let target: Target?
    public let state: State
    /// The visits that counted towards it (for a fortnight target, this week and the week before).
    public let visits: Int
}
