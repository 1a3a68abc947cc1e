import Foundation

/// The visit an issue was raised on: a custody visit (`CV12`) or a kennel inspection (`KI3`).
public enum VisitReference: Hashable, Sendable, StringCoded {
    public static let expectedForm = "a visit id (CV… or KI…)"

    case custody(CustodyVisitID)
    case kennel(KennelInspectionID)

    public init?(_ text: String) {
        if let id = CustodyVisitID(text) {
            self = .custody(id)
        } else if let id = KennelInspectionID(text) {
            self = .kennel(id)
        } else {
            return nil
        }
    }

    /// The kind of site the visit was made to.
    public var siteKind: Site.Kind {
        switch self {
        case .custody: .custodySuite
        case .kennel: .kennels
        }
    }

    public var description: String {
        switch self {
        case .custody(let id): id.description
        case .kennel(let id): id.description
        }
    }
}
