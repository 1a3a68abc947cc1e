import Foundation

/// One Animal Welfare Scheme visit to a kennels, with a rating for each area checked.
public struct KennelInspection: Sendable, NumberedRecord {
    public static let idPrefix = "KI"
    public static let recordName = "kennel inspection"
    public static let listKey = "kennelInspections"

    public enum Rating: String, CaseIterable, Sendable, Codable, JSONReadable {
        case satisfactory, concern
        case notChecked = "not-checked"
    }

    /// The areas a pair checks, each rated; the flag names match (`--health-records`).
    public enum Area: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable, JSONReadable {
        case housing, exercise, training, transport
        case healthRecords = "health-records"
        case feeding
    }

    public var id: KennelInspectionID
    public var site: String
    public var date: LocalDate
    public var arrived: TimeOfDay
    public var left: TimeOfDay
    public var visitors: [VolunteerID]
    public var dogsObserved: Int
    public var ratings: [Area: Rating]
    public var trainingObserved: Bool
    public var feedbackTo: [String]
    public var notes: String?

    public init(id: KennelInspectionID, site: String, date: LocalDate, arrived: TimeOfDay, left: TimeOfDay,
                visitors: [VolunteerID], dogsObserved: Int, ratings: [Area: Rating], trainingObserved: Bool,
                feedbackTo: [String], notes: String?) {
        self.id = id
        self.site = site
        self.date = date
        self.arrived = arrived
        self.left = left
        self.visitors = visitors
        self.dogsObserved = dogsObserved
        self.ratings = ratings
        self.trainingObserved = trainingObserved
        self.feedbackTo = feedbackTo
        self.notes = notes
    }

    public var times: VisitTimes { VisitTimes(arrived: arrived, left: left, admitted: nil) }

    public init(reading reader: inout JSONReader) throws {
        var id: KennelInspectionID?, site: String?, date: LocalDate?, arrived: TimeOfDay?, left: TimeOfDay?
        var visitors: [VolunteerID]?, dogsObserved: Int?, ratings: [Area: Rating]?, trainingObserved: Bool?
        var feedbackTo: [String]?, notes: String?
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try KennelInspectionID(reading: &reader)
            case "site": site = try String(reading: &reader)
            case "date": date = try LocalDate(reading: &reader)
            case "arrived": arrived = try TimeOfDay(reading: &reader)
            case "left": left = try TimeOfDay(reading: &reader)
            case "visitors": visitors = try [VolunteerID](reading: &reader)
            case "dogsObserved": dogsObserved = try Int(reading: &reader)
            case "ratings": ratings = try Self.ratings(reading: &reader)
            case "trainingObserved": trainingObserved = try Bool(reading: &reader)
            case "feedbackTo": feedbackTo = try [String](reading: &reader)
            case "notes": notes = try String?(reading: &reader)
            default: try reader.skipValue()
            }
        }
        self.init(id: try id.required("id"), site: try site.required("site"), date: try date.required("date"),
                  arrived: try arrived.required("arrived"), left: try left.required("left"),
                  visitors: try visitors.required("visitors"), dogsObserved: try dogsObserved.required("dogsObserved"),
                  ratings: try ratings.required("ratings"), trainingObserved: try trainingObserved.required("trainingObserved"),
                  feedbackTo: try feedbackTo.required("feedbackTo"), notes: notes)
    }

    /// `{"housing": "satisfactory", …}`: each key an area's name.
    private static func ratings(reading reader: inout JSONReader) throws -> [Area: Rating] {
        var ratings: [Area: Rating] = [:]
        try reader.readObject { reader, key in
            guard let area = Area(rawValue: key.text) else {
                throw JSONFieldError(problem: "'\(key.text)' is not one of \(Area.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            ratings[area] = try Rating(reading: &reader)
        }
        return ratings
    }
}
