import Foundation

/// The detainee figures of a visit: how many were in custody, not available, offered a visit and spoken to.
public struct DetaineeCounts: Sendable, Equatable {
    /// Which of the figures, for a rule that names one.
    public enum Field: String, CaseIterable, Sendable {
        case inCustody = "in-custody"
        case notAvailable = "not-available"
        case offered
        case spokenTo = "spoken-to"
    }

    public var inCustody: Int
    public var notAvailable: Int
    public var offered: Int
    public var spokenTo: Int

    public init(inCustody: Int, notAvailable: Int, offered: Int, spokenTo: Int) {
        self.inCustody = inCustody
        self.notAvailable = notAvailable
        self.offered = offered
        self.spokenTo = spokenTo
    }
}
