import Foundation

/// One unannounced visit by a pair of volunteers to a custody suite, as written on the report form.
public struct CustodyVisit: Sendable, NumberedRecord {
    public static let idPrefix = "CV"
    public static let recordName = "visit"

    public var id: CustodyVisitID
    public var site: String
    public var date: LocalDate
    public var arrived: TimeOfDay
    public var left: TimeOfDay
    public var admitted: TimeOfDay?
    public var delayReason: String?
    public var visitors: [VolunteerID]
    public var inCustody: Int
    /// Asleep, in interview, at hospital or court.
    public var notAvailable: Int
    public var offered: Int
    public var spokenTo: Int
    public var notes: String?
    public var unknownFields = UnknownFields()

    public var declined: Int { offered - spokenTo }
    /// The declined figure as the file had it, for `check` to compare with `declined`, which is what icv writes.
    public var declinedAsWritten = AsWritten<Int>()
    public var times: VisitTimes { VisitTimes(arrived: arrived, left: left, admitted: admitted) }

    public init(id: CustodyVisitID, site: String, date: LocalDate, times: VisitTimes, delayReason: String?,
                visitors: [VolunteerID], counts: DetaineeCounts, notes: String?) {
        self.id = id
        self.site = site
        self.date = date
        self.arrived = times.arrived
        self.left = times.left
        self.admitted = times.admitted
        self.delayReason = delayReason
        self.visitors = visitors
        self.inCustody = counts.inCustody
        self.notAvailable = counts.notAvailable
        self.offered = counts.offered
        self.spokenTo = counts.spokenTo
        self.notes = notes
    }
}
