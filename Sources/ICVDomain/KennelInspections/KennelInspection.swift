import Foundation

/// One Animal Welfare Scheme visit to a kennels, with a rating for each area checked.
public struct KennelInspection: Sendable, NumberedRecord {
    public static let idPrefix = "KI"
    public static let recordName = "kennel inspection"

    public enum Rating: String, CaseIterable, Sendable, Codable {
        case satisfactory, concern
        case notChecked = "not-checked"
    }

    /// The areas a pair checks, each rated; the flag names match (`--health-records`).
    public enum Area: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
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
    public var unknownFields = UnknownFields()

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
}
