import Foundation

/// A member of the register: who they are, which schemes, their dated status history and vetting. The hours they gave
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
    public var vetting: Vetting?
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

    /// Whether vetting had expired by a date (no vetting on record counts as not expired: nothing to warn of).
    public func vettingExpired(on date: LocalDate) -> Bool {
        vetting.map { date >= $0.expires } ?? false
    }
}
