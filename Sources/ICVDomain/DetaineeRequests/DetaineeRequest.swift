import Foundation

/// A detainee's request raised on a custody visit, followed up until it is closed. The detainee is never named.
public struct DetaineeRequest: Sendable, NumberedRecord, Resolvable {
    public static let idPrefix = "R"
    public static let recordName = "request"

    public enum Status: String, CaseIterable, Sendable, Codable {
        case resolvedAtVisit = "resolved-at-visit"
        case referred, outstanding, resolved
        case notActioned = "not-actioned"

        /// Referred and outstanding requests are still being chased.
        public var isOpen: Bool { self == .referred || self == .outstanding }
    }

    public var id: RequestID
    public var visit: CustodyVisitID
    public var category: RequestCategory
    public var detail: String?
    public var status: Status
    public var outcome: String?
    public var resolvedOn: LocalDate?
    public var unknownFields = UnknownFields()

    public init(id: RequestID, visit: CustodyVisitID, category: RequestCategory, detail: String?, status: Status,
                outcome: String? = nil, resolvedOn: LocalDate? = nil) {
        self.id = id
        self.visit = visit
        self.category = category
        self.detail = detail
        self.status = status
        self.outcome = outcome
        self.resolvedOn = resolvedOn
    }
}

extension DetaineeRequest {
    public static var resolved: Status { .resolved }
}
