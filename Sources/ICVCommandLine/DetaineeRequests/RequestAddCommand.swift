import Foundation
import ICVDomain
import ICVStorage

/// `icv request add`: a detainee request raised on a custody visit.
struct RequestAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["request", "add"],
        summary: "Add a detainee request to a custody visit.",
        discussion: "Categories: \(RequestCategory.allCases.map(\.rawValue).joined(separator: ", ")).\nReferred and outstanding requests stay open until `icv request resolve`.",
        examples: ["icv request add CV12 --category solicitor --status referred --detail \"Asked for the duty solicitor\""])

    @Argument(valueName: "VISIT") var visit: String
    @Option(valueName: "CATEGORY", help: "What was asked for (see below).") var category: RequestCategory
    @Option(valueName: "TEXT", help: "More about it; required for other. Never a detainee's name.") var detail: String?
    @Option(valueName: "STATUS", help: "resolved-at-visit (default), referred, outstanding or not-actioned.") var status: DetaineeRequest.Status?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let visitID = try Self.custodyVisitID(self.visit)
        let (visit, year) = try Lookup.record(visitID, .visits, in: ledger)
        do {
            try VisitRules.checkRequests(1, spokenTo: visit.spokenTo)
        } catch {
            throw ValidationError.rule("\(visit.id) spoke to nobody, and requests come from detainees spoken to. If someone was spoken to, the visit's figures are wrong: undo it and log it again.")
        }
        let detail = self.detail?.trimmedText
        try Self.checkDetail(category, detail)
        let status = self.status ?? .resolvedAtVisit
        guard status != .resolved else {
            throw ValidationError.rule("A request is resolved with its outcome: add it as referred or outstanding, then `icv request resolve ID --outcome TEXT`.")
        }
        let request = DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visit.id, category: category,
                                      detail: detail, status: status)
        ledger.add([request], .requests, in: year)
        return CommandOutput(text: "Added \(request.id) to \(visit.id): \(category.rawValue), \(status.rawValue).", records: request)
    }

    /// Detainee requests belong to custody visits; a kennel inspection id gets a message saying so.
    static func custodyVisitID(_ text: String) throws -> CustodyVisitID {
        if KennelInspectionID(text) != nil {
            throw ValidationError.rule("\(text) is a kennel inspection; detainee requests belong to custody visits (CV…).")
        }
        return try Lookup.id(text, as: CustodyVisit.self)
    }

    /// `refreshments`, or `other:Wanted a pen` with the detail after a colon.
    static func categoryAndDetail(_ text: String) throws -> (RequestCategory, String?) {
        let parts = text.split(separator: ":", maxSplits: 1)
        let name = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let category = RequestCategory(rawValue: name) else {
            throw ValidationError.invalidValue(flag: "request", value: text, expected: RequestCategory.expectedArgument)
        }
        let detail = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        try checkDetail(category, detail)
        return (category, detail?.isEmpty == false ? detail : nil)
    }

    static func checkDetail(_ category: RequestCategory, _ detail: String?) throws {
        if category == .other, (detail ?? "").isEmpty {
            throw ValidationError.rule("A request of category other needs a detail saying what was asked for: --detail TEXT (or --request other:TEXT on `icv visit log`).")
        }
    }
}
