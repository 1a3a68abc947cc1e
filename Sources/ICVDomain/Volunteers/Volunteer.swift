import Foundation

/// A member of the register: who they are, which schemes, their dated status and vetting histories. The hours they gave
/// outside visits are kept beside them, in their `VolunteerRecord`.
public struct Volunteer: Sendable, NumberedRecord {
    public static let idPrefix = "V"
    public static let recordName = "volunteer"

    /// A status that holds from `from` until the next change.
    public struct StatusChange: Sendable, Equatable {
        public var status: VolunteerStatus
        public var from: LocalDate
        public var unknownFields = UnknownFields()

        public init(status: VolunteerStatus, from: LocalDate) {
            self.status = status
            self.from = from
        }
    }

    /// Police vetting: cleared on one date, valid until (not including) its expiry date.
    public struct Vetting: Sendable, Equatable {
        public var cleared: LocalDate
        public var expires: LocalDate
        public var unknownFields = UnknownFields()

        public init(cleared: LocalDate, expires: LocalDate) {
            self.cleared = cleared
            self.expires = expires
        }
    }

    public var id: VolunteerID
    public var name: String
    public var schemes: [SchemeKind]
    public var joined: LocalDate
    public var left: LocalDate?
    /// Changes in date order; the first is on the joined date.
    public var statusHistory: [StatusChange]
    /// Every clearance, in the order cleared, one a day: a renewal adds one and never erases the one before, so a past date
    /// is judged by the clearance in force then.
    public var vettingHistory: [Vetting] = []
    public var email: String?
    public var phone: String?
    public var unknownFields = UnknownFields()

    public init(id: VolunteerID, name: String, schemes: [SchemeKind], joined: LocalDate, status: VolunteerStatus) {
        self.id = id
        self.name = name
        self.schemes = schemes
        self.joined = joined
        self.statusHistory = [StatusChange(status: status, from: joined)]
    }

    /// The status on a date; nil before the joined date.
    public func status(on date: LocalDate) -> VolunteerStatus? {
        statusHistory.last { $0.from <= date }?.status
    }

    /// Records a status from a date on, replacing any change already on that date.
    public mutating func setStatus(_ status: VolunteerStatus, from date: LocalDate) {
        statusHistory.removeAll { $0.from == date }
        statusHistory.append(StatusChange(status: status, from: date))
        statusHistory.sort { $0.from < $1.from }
    }

    /// Whether they were active or on probation on at least one day from `first` to `last`.
    public func mayVisit(onSomeDayFrom first: LocalDate, to last: LocalDate) -> Bool {
        statusHistory.indices.contains { index in
            let change = statusHistory[index]
            let next = statusHistory.index(after: index)
            let end = next < statusHistory.count ? statusHistory[next].from.adding(days: -1) : nil
            return change.status.mayVisit && change.from <= last && (end.map { $0 >= first } ?? true)
        }
    }

    public func isMember(of scheme: SchemeKind) -> Bool {
        schemes.contains(scheme)
    }

    // MARK: - Vetting

    /// The clearance in force on a date: the latest cleared on or before it. Nil before the first clearance on record, as
    /// with none at all: the register does not say what came before it, so there is nothing to judge (or warn of).
    public func vetting(on date: LocalDate) -> Vetting? {
        vettingHistory.last { $0.cleared <= date }
    }

    /// The clearance shown as the volunteer's vetting today: the one in force, else the first still to come.
    public func currentVetting(on today: LocalDate) -> Vetting? {
        vetting(on: today) ?? vettingHistory.first
    }

    /// The clearance in force on a date when it had expired by then (from its expiry date on): what a visit that day is
    /// warned of. No clearance in force is nothing to warn of.
    public func expiredVetting(on date: LocalDate) -> Vetting? {
        vetting(on: date).flatMap { date >= $0.expires ? $0 : nil }
    }

    /// Records a clearance, replacing one cleared on the same day, in cleared-date order; earlier ones are kept.
    public mutating func addClearance(_ clearance: Vetting) {
        vettingHistory.removeAll { $0.cleared == clearance.cleared }
        vettingHistory.insert(clearance, at: vettingHistory.firstIndex { $0.cleared > clearance.cleared } ?? vettingHistory.endIndex)
    }
}
