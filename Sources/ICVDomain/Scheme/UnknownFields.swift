import Foundation

/// The fields of a stored record that this icv does not know, added by a newer icv or by a person, kept as they were read
/// so that saving the record again loses nothing. Nothing in icv looks inside them; a new record has none.
public struct UnknownFields: Sendable, Equatable {
    /// Each field's value as the file wrote it, by key.
    package var texts: [String: String] = [:]

    public init() {}
}
