import Foundation

/// A kind of record with a numbered id such as `V12` or `CV3`.
public protocol NumberedRecord: Sendable, Equatable {
    /// The letters before the number: `V`, `CV`, `KI`, `R`, `I`.
    static var idPrefix: String { get }
    /// How a person calls one of these in a message: "volunteer", "visit".
    static var recordName: String { get }
    var id: RecordID<Self> { get }
}
