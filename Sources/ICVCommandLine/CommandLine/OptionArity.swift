import Foundation

/// How many times a flag may be given.
enum OptionArity: Sendable {
    /// Exactly once: leaving it out is a usage mistake.
    case required
    /// At most once.
    case optional
    /// Any number of times (`--request CATEGORY`...).
    case repeated
}
