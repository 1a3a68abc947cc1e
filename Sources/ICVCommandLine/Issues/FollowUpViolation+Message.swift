import Foundation
import ICVDomain
import ICVStorage

extension FollowUpViolation {
    /// What a coordinator is told, by `check` about a record on file and by `issue add` about a new one.
    var message: String {
        switch self {
        case .otherWithoutDetail:
            "It is of category other but has no detail saying what was asked for."
        case .noDetail:
            "It has no detail saying what was found."
        case .resolvedWithoutOutcome:
            "It is resolved but has no outcome saying what was done."
        case .resolvedWithoutDate:
            "It is resolved but has no resolvedOn date."
        case .resolvedDateWhileNotResolved(let status, let date):
            "It is \(status) but has a resolvedOn date (\(date)); only a resolved one has."
        case .resolvedBeforeVisit(let resolved, let visit):
            "It was resolved on \(resolved.prose), before its visit on \(visit.prose)."
        case .categoryNotForVisit(let category, let siteKind):
            "\(category.rawValue) is not an issue category for \(siteKind.visitWithArticle). "
                + "Use one of: \(Issue.Category.categories(on: siteKind).map(\.rawValue).joined(separator: ", "))."
        }
    }
}

extension Site.Kind {
    /// `a custody visit`, `a kennel inspection`: a visit to a site of this kind.
    var visitWithArticle: String { self == .custodySuite ? "a custody visit" : "a kennel inspection" }
}
