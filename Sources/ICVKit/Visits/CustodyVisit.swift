import Foundation

/// One unannounced visit by a pair of volunteers to a custody suite, as written on the report form.
public struct CustodyVisit: Sendable, NumberedRecord {
    public static let idPrefix = "CV"
    public static let recordName = "visit"
    public static let listKey = "visits"

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

    public var declined: Int { offered - spokenTo }
    public var times: VisitTimes { VisitTimes(arrived: arrived, left: left, admitted: admitted) }

    private enum CodingKeys: String, CodingKey {
        case id, site, date, arrived, left, admitted, delayReason, visitors, inCustody, notAvailable
        case offered, spokenTo, declined, notes
    }

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

    /// Reads `declined` as any field it does not keep: it is worked out from `offered` and `spokenTo`.
    public init(reading reader: inout JSONReader) throws {
        var id: CustodyVisitID?, site: String?, date: LocalDate?, arrived: TimeOfDay?, left: TimeOfDay?
        var admitted: TimeOfDay?, delayReason: String?, visitors: [VolunteerID]?, notes: String?
        var inCustody: Int?, notAvailable: Int?, offered: Int?, spokenTo: Int?
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try CustodyVisitID(reading: &reader)
            case "site": site = try String(reading: &reader)
            case "date": date = try LocalDate(reading: &reader)
            case "arrived": arrived = try TimeOfDay(reading: &reader)
            case "left": left = try TimeOfDay(reading: &reader)
            case "admitted": admitted = try TimeOfDay?(reading: &reader)
            case "delayReason": delayReason = try String?(reading: &reader)
            case "visitors": visitors = try [VolunteerID](reading: &reader)
            case "inCustody": inCustody = try Int(reading: &reader)
            case "notAvailable": notAvailable = try Int?(reading: &reader)
            case "offered": offered = try Int(reading: &reader)
            case "spokenTo": spokenTo = try Int(reading: &reader)
            case "notes": notes = try String?(reading: &reader)
            default: try reader.skipValue()
            }
        }
        let (knownID, knownSite, knownDate) = (try id.required("id"), try site.required("site"), try date.required("date"))
        let times = VisitTimes(arrived: try arrived.required("arrived"), left: try left.required("left"), admitted: admitted)
        let knownVisitors = try visitors.required("visitors")
        let counts = DetaineeCounts(inCustody: try inCustody.required("inCustody"), notAvailable: notAvailable ?? 0,
                                    offered: try offered.required("offered"), spokenTo: try spokenTo.required("spokenTo"))
        self.init(id: knownID, site: knownSite, date: knownDate, times: times, delayReason: delayReason,
                  visitors: knownVisitors, counts: counts, notes: notes)
    }

    /// Writes `declined` too, so a person reading the file sees it; it is worked out again on reading.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(site, forKey: .site)
        try container.encode(date, forKey: .date)
        try container.encode(arrived, forKey: .arrived)
        try container.encode(left, forKey: .left)
        try container.encodeIfPresent(admitted, forKey: .admitted)
        try container.encodeIfPresent(delayReason, forKey: .delayReason)
        try container.encode(visitors, forKey: .visitors)
        try container.encode(inCustody, forKey: .inCustody)
        try container.encode(notAvailable, forKey: .notAvailable)
        try container.encode(offered, forKey: .offered)
        try container.encode(spokenTo, forKey: .spokenTo)
        try container.encode(declined, forKey: .declined)
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}

/// The detainee figures of a visit: how many were in custody, not available, offered a visit and spoken to.
public struct DetaineeCounts: Sendable, Equatable {
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
