import Foundation
import ICVDomain
import ICVStorage

/// `icv visit log`: a custody visit report, with the requests dealt with while the pair were there.
struct VisitLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["visit", "log"],
        summary: "Log a custody visit report.",
        discussion: "Request categories: \(RequestCategory.allCases.map(\.rawValue).joined(separator: ", ")).\nRequests still to follow up are added with `icv request add VISIT --status referred`.",
        examples: ["icv visit log --site \"Euston Street\" --date 2014-05-02 --arrived 19:40 --left 21:05 --admitted 19:44 --visitors \"Ann Ray,Ben Oke\" --in-custody 12 --not-available 4 --offered 8 --spoken-to 7 --request refreshments --request blankets"])

    @Option(valueName: "SITE", help: "The custody suite, by id or name.") var site: String
    @OptionGroup var pair: VisitPairOptions
    @Option(valueName: "N", help: "Detainees in custody when the pair arrived.") var inCustody: Int
    @Option(valueName: "N", help: "Detainees offered a visit.") var offered: Int
    @Option(valueName: "N", help: "Detainees who accepted and were spoken to.") var spokenTo: Int
    @Option(valueName: "N", help: "Detainees who could not be offered a visit: asleep, in interview, at hospital or court (default: 0).")
    var notAvailable: Int?
    @Option(valueName: "HH:MM", help: "When the pair were let in.") var admitted: TimeOfDay?
    @Option(valueName: "TEXT", help: "Why admission took more than 10 minutes (required then).") var delayReason: String?
    @Option(valueName: "TEXT", help: "Anything else from the report. Never a detainee's name.") var notes: String?
    @Flag(help: "Log it even though a visit with the same site, date and arrival time exists.") var allowDuplicate: Bool
    @Option(name: "request", valueName: "CATEGORY", help: "A detainee request dealt with at the visit; repeat for each. For other, add the detail: other:TEXT.")
    var requests: [String]

    /// The visit as typed, its requests read.
    func typed() throws -> TypedCustodyVisit {
        TypedCustodyVisit(site: site, date: pair.date, times: VisitTimes(arrived: pair.arrived, left: pair.left, admitted: admitted),
                          visitors: pair.visitorNames,
                          counts: DetaineeCounts(inCustody: inCustody, notAvailable: notAvailable ?? 0, offered: offered, spokenTo: spokenTo),
                          delayReason: delayReason?.trimmedText, notes: notes?.trimmedText,
                          requests: try requests.map(RequestAddCommand.categoryAndDetail))
    }

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let typed = try typed()
        let entryContext = try VisitEntry.Context(context, allowDuplicate: allowDuplicate)
        let checked = try CustodyVisitEntry.check(typed, form: .flags, context: entryContext) { span in
            try entryContext.overlapping(span, in: ledger)
        }
        let entry = checked.entry
        let year = entry.date.financialYear
        let visit = checked.visit(try ledger.nextID(CustodyVisit.self))
        ledger.add([visit], .visits, in: year)
        var requests: [DetaineeRequest] = []
        for (category, detail) in typed.requests {
            requests.append(DetaineeRequest(id: try ledger.nextID(DetaineeRequest.self), visit: visit.id, category: category,
                                            detail: detail, status: .resolvedAtVisit))
        }
        if !requests.isEmpty {
            ledger.add(requests, .requests, in: year)
        }
        var text = "Logged \(visit.id): \(entry.summary); \(visit.spokenTo) of \(visit.offered) offered spoken to"
        if !requests.isEmpty {
            let listed = requests.map { "\($0.id) \($0.category.rawValue)" }.joined(separator: ", ")
            text += "\n\(Prose.count(requests.count, "request")) resolved at the visit: \(listed)."
        }
        return CommandOutput(text: text, records: VisitDetail(visit: visit, requests: requests, issues: []), warnings: entry.warnings)
    }
}
