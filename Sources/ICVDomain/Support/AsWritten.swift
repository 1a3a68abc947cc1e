import Foundation

/// A figure as a file had it, kept beside the one icv works out (a visit's `declined`) so that `check` can say when a
/// hand edit made them differ. It is no part of what the record says, so it never makes two records unequal.
public struct AsWritten<Value: Sendable>: Sendable, Equatable {
    public var value: Value?

    public init(_ value: Value? = nil) {
        self.value = value
    }

    public static func == (lhs: AsWritten, rhs: AsWritten) -> Bool { true }
}
