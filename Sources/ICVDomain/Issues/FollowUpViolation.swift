import Foundation

/// Something wrong with a detainee request or an issue as recorded: what it says of itself and of its closing.
public enum FollowUpViolation: Error, Equatable, Sendable {
    /// A request of category other says what was asked for in its detail.
    case otherWithoutDetail
    /// An issue says what was found.
    case noDetail
    case resolvedWithoutOutcome
    case resolvedWithoutDate
    /// Only a resolved one has a resolution date; `status` is the one it has.
    case resolvedDateWhileNotResolved(status: String, on: LocalDate)
    case resolvedBeforeVisit(resolved: LocalDate, visit: LocalDate)
    /// An issue's category is from the other kind of visit's list (`cell-conditions` on a kennel inspection).
    case categoryNotForVisit(Issue.Category, siteKind: Site.Kind)
}

extension Resolvable {
    /// A resolved record has an outcome and a date, others have no date, and the date is not before the visit (on
    /// `visitDate`, when it is known).
    public func resolutionViolations(visitDate: LocalDate?) -> [FollowUpViolation] {
        var found: [FollowUpViolation] = []
        if isResolved {
            if (outcome ?? "").trimmingCharacters(in: .whitespaces).isEmpty { found.append(.resolvedWithoutOutcome) }
            if resolvedOn == nil { found.append(.resolvedWithoutDate) }
        } else if let resolvedOn {
            found.append(.resolvedDateWhileNotResolved(status: statusName, on: resolvedOn))
        }
        if let resolvedOn, let visitDate, resolvedOn < visitDate {
            found.append(.resolvedBeforeVisit(resolved: resolvedOn, visit: visitDate))
        }
        return found
    }
}

extension DetaineeRequest {
    /// Every rule the request as recorded breaks; `visitDate` is its visit's, when that is known.
    public func violations(visitDate: LocalDate?) -> [FollowUpViolation] {
        let noDetail = category == .other && (detail ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        return (noDetail ? [.otherWithoutDetail] : []) + resolutionViolations(visitDate: visitDate)
    }
}

extension Issue {
    /// What the issue's detail and closing break; `visitDate` is its visit's, when that is known.
    public func violations(visitDate: LocalDate?) -> [FollowUpViolation] {
        (detail.trimmingCharacters(in: .whitespaces).isEmpty ? [.noDetail] : []) + resolutionViolations(visitDate: visitDate)
    }

    /// The category is one of those of its visit's kind: a custody category on a custody visit, an animal-welfare one on a
    /// kennel inspection.
    public var categoryViolation: FollowUpViolation? {
        Category.categories(on: visit.siteKind).contains(category) ? nil : .categoryNotForVisit(category, siteKind: visit.siteKind)
    }
}
