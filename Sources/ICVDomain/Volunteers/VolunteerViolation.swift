import Foundation

/// Something wrong with a volunteer as recorded, or with the hours recorded for them.
public enum VolunteerViolation: Error, Equatable, Sendable {
    case noScheme
    case noStatusHistory
    /// The history starts on a day other than the joined date.
    case historyStartsAwayFromJoining(LocalDate)
    /// Not in date order, or two changes on one day.
    case historyOutOfOrder
    /// `left` says one thing, the history's `left` status another.
    case leftDisagreesWithHistory(left: LocalDate?, history: LocalDate?)
    case vettingExpiresBeforeCleared(Volunteer.Vetting)
    /// Not in the order cleared, or two clearances on one day.
    case vettingHistoryOutOfOrder
    /// More than 0 and at most 24 hours.
    case activityHoursOutOfRange(Activity)
    case activityBeforeJoining(Activity)
}

extension VolunteerRecord {
    /// Every rule the volunteer and their hours as recorded break, in the order they are listed.
    public var violations: [VolunteerViolation] {
        var found: [VolunteerViolation] = []
        if volunteer.schemes.isEmpty { found.append(.noScheme) }
        let history = volunteer.statusHistory
        if let first = history.first {
            if first.from != volunteer.joined { found.append(.historyStartsAwayFromJoining(first.from)) }
        } else {
            found.append(.noStatusHistory)
        }
        if zip(history, history.dropFirst()).contains(where: { $0.from >= $1.from }) { found.append(.historyOutOfOrder) }
        let leftInHistory = history.last { $0.status == .left }?.from
        if volunteer.left != leftInHistory {
            found.append(.leftDisagreesWithHistory(left: volunteer.left, history: leftInHistory))
        }
        let vetting = volunteer.vettingHistory
        found += vetting.filter { $0.expires < $0.cleared }.map(VolunteerViolation.vettingExpiresBeforeCleared)
        if zip(vetting, vetting.dropFirst()).contains(where: { $0.cleared >= $1.cleared }) { found.append(.vettingHistoryOutOfOrder) }
        for activity in activities {
            found += activity.violations(joined: volunteer.joined)
        }
        return found
    }
}

extension Activity {
    /// Longest one entry may be.
    public static let mostHours = 24.0

    /// What is wrong with an entry of hours for a volunteer who joined on `joined`.
    public func violations(joined: LocalDate) -> [VolunteerViolation] {
        var found: [VolunteerViolation] = []
        if !(hours > 0 && hours <= Self.mostHours) { found.append(.activityHoursOutOfRange(self)) }
        if date < joined { found.append(.activityBeforeJoining(self)) }
        return found
    }
}
