import Foundation

extension Dictionary {
    /// Keys to values, keeping the first of a key that repeats. Ids read from the files can repeat (two folders merged
    /// by hand, which `icv check` reports); a command then shows the first rather than stopping dead.
    package init(firstOf pairs: some Sequence<(Key, Value)>) {
        self.init(pairs, uniquingKeysWith: { first, _ in first })
    }
}
