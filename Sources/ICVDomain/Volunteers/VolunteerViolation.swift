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
    /// On or after the day they left (the start of the `left` status in force on its date).
    case activityAfterLeaving(Activity, left: LocalDate)
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
            found += activity.violations(of: volunteer)
        }
        return found
    }
}

extension Activity {
    /// Longest one entry may be.
    public static let mostHours = 24.0

    /// What is wrong with an entry of the volunteer's hours: hours fall between joining and leaving.
    public func violations(of volunteer: Volunteer) -> [VolunteerViolation] {
        var found: [VolunteerViolation] = []
        if !(hours > 0 && hours <= Self.mostHours) { found.append(.activityHoursOutOfRange(self)) }
        if date < volunteer.joined { found.append(.activityBeforeJoining(self)) }
        if let change = volunteer.statusHistory.last(where: { $0.from <= date }), change.status == .left {
            found.append(.activityAfterLeaving(self, left: change.from))
        }
        return found
    }
}
