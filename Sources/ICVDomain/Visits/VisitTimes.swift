import Foundation

/// When a pair arrived, were admitted and left; a `left` before `arrived` means the visit ran past midnight.
public struct VisitTimes: Sendable, Equatable {
    public var arrived: TimeOfDay
    public var left: TimeOfDay
    public var admitted: TimeOfDay?

    public init(arrived: TimeOfDay, left: TimeOfDay, admitted: TimeOfDay?) {
        self.arrived = arrived
        self.left = left
        self.admitted = admitted
    }

    /// Length of the visit in minutes, past midnight when `left` is earlier than `arrived`.
    public var minutes: Int { arrived.minutes(until: left) }

    /// `19:40–21:05`.
    public var span: String { "\(arrived)–\(left)" }
}
