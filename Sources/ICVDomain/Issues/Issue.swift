import Foundation

/// A problem found on a visit (the suite's conditions, a welfare concern, an allegation) or a kennel inspection (the dogs'
/// housing, exercise, transport), followed up until closed.
public struct Issue: Sendable, NumberedRecord, Resolvable {
    public static let idPrefix = "I"
    public static let recordName = "issue"

    /// Every category of either kind of visit; `categories(on:)` says which fit a custody visit and which a kennel inspection.
    public enum Category: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
        case healthAndSafety = "health-and-safety"
        case cellConditions = "cell-conditions"
        case food
        case detaineeWelfare = "detainee-welfare"
        case dignity, allegation, staffing
        case housing, exercise, training, transport
        case healthRecords = "health-records"
        case feeding
        case dogWelfare = "dog-welfare"
        case other

        /// The categories of an issue raised on a visit to a site of this kind, in SPEC.md's order: a custody suite's
        /// conditions and detainees, or the kennels' five welfare needs and what the visitors check.
        public static func categories(on kind: Site.Kind) -> [Category] {
            switch kind {
            case .custodySuite: [.healthAndSafety, .cellConditions, .food, .detaineeWelfare, .dignity, .allegation, .staffing, .other]
            case .kennels: [.housing, .exercise, .training, .transport, .healthRecords, .feeding, .dogWelfare, .healthAndSafety, .other]
            }
        }
    }

    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, resolved
    }

    public var id: IssueID
    public var visit: VisitReference
    public var category: Category
    public var detail: String
    public var escalatedTo: String?
    public var status: Status
    public var outcome: String?
    public var resolvedOn: LocalDate?
    public var unknownFields = UnknownFields()

    public init(id: IssueID, visit: VisitReference, category: Category, detail: String, escalatedTo: String?,
                status: Status, outcome: String? = nil, resolvedOn: LocalDate? = nil) {
        self.id = id
        self.visit = visit
        self.category = category
        self.detail = detail
        self.escalatedTo = escalatedTo
        self.status = status
        self.outcome = outcome
        self.resolvedOn = resolvedOn
    }
}

extension Issue {
    public static var resolved: Status { .resolved }
}
