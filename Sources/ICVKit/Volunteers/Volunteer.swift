import Foundation

/// A member of the register: who they are, which schemes, their dated status history and vetting.
public struct Volunteer: Sendable, NumberedRecord {
    public static let idPrefix = "V"
    public static let recordName = "volunteer"
    public static let listKey = "volunteers"

    /// A status that holds from `from` until the next change.
    public struct StatusChange: Codable, Sendable, Equatable, JSONReadable {
        public var status: VolunteerStatus
        public var from: LocalDate

        public init(status: VolunteerStatus, from: LocalDate) {
            self.status = status
            self.from = from
        }

        public init(reading reader: inout JSONReader) throws {
            var status: VolunteerStatus?, from: LocalDate?
            try reader.readObject { reader, key in
                switch key {
                case "status": status = try VolunteerStatus(reading: &reader)
                case "from": from = try LocalDate(reading: &reader)
                default: try reader.skipValue()
                }
            }
            self.init(status: try status.required("status"), from: try from.required("from"))
        }
    }

    /// Police vetting: cleared on one date, valid until (not including) its expiry date.
    public struct Vetting: Codable, Sendable, Equatable, JSONReadable {
        public var cleared: LocalDate
        public var expires: LocalDate

        public init(cleared: LocalDate, expires: LocalDate) {
            self.cleared = cleared
            self.expires = expires
        }

        public init(reading reader: inout JSONReader) throws {
            var cleared: LocalDate?, expires: LocalDate?
            try reader.readObject { reader, key in
                switch key {
                case "cleared": cleared = try LocalDate(reading: &reader)
                case "expires": expires = try LocalDate(reading: &reader)
                default: try reader.skipValue()
                }
            }
            self.init(cleared: try cleared.required("cleared"), expires: try expires.required("expires"))
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
    public var activities: [Activity]
    /// True for a volunteer read by `Ledger.register()`, whose activities were not read: such a one is never saved.
    private(set) var activitiesSkipped = false

    private enum CodingKeys: String, CodingKey {
        case id, name, schemes, joined, left, statusHistory, vetting, email, phone, activities
    }

    public init(id: VolunteerID, name: String, schemes: [SchemeKind], joined: LocalDate, status: VolunteerStatus) {
        self.id = id
        self.name = name
        self.schemes = schemes
        self.joined = joined
        self.statusHistory = [StatusChange(status: status, from: joined)]
        self.activities = []
    }

    public init(reading reader: inout JSONReader) throws {
        try self.init(reading: &reader, activities: true)
    }

    /// Reads a volunteer, with their activities or, when `activities` is false, stepping over them (see `Ledger.register()`).
    init(reading reader: inout JSONReader, activities readActivities: Bool) throws {
        var id: VolunteerID?, name: String?, schemes: [SchemeKind]?, joined: LocalDate?, left: LocalDate?
        var statusHistory: [StatusChange]?, vetting: Vetting?, email: String?, phone: String?, activities: [Activity]?
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try VolunteerID(reading: &reader)
            case "name": name = try String(reading: &reader)
            case "schemes": schemes = try [SchemeKind](reading: &reader)
            case "joined": joined = try LocalDate(reading: &reader)
            case "left": left = try LocalDate?(reading: &reader)
            case "statusHistory": statusHistory = try [StatusChange](reading: &reader)
            case "vetting": vetting = try Vetting?(reading: &reader)
            case "email": email = try String?(reading: &reader)
            case "phone": phone = try String?(reading: &reader)
            case "activities" where readActivities: activities = try [Activity](reading: &reader)
            default: try reader.skipValue()
            }
        }
        self.id = try id.required("id")
        self.name = try name.required("name")
        self.schemes = try schemes.required("schemes")
        self.joined = try joined.required("joined")
        self.left = left
        self.statusHistory = try statusHistory.required("statusHistory")
        self.vetting = vetting
        self.email = email
        self.phone = phone
        self.activities = readActivities ? try activities.required("activities") : []
        activitiesSkipped = !readActivities
    }

    /// A volunteer as `Ledger.register()` reads them: all but their activities.
    struct Registered: JSONReadable {
        let volunteer: Volunteer

        init(_ volunteer: Volunteer) {
            self.volunteer = volunteer
        }

        init(reading reader: inout JSONReader) throws {
            volunteer = try Volunteer(reading: &reader, activities: false)
        }
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
