import Foundation
import ICVDomain
import ICVStorage

/// `icv request resolve`: a referred or outstanding request closed with its outcome.
struct RequestResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["request", "resolve"],
        summary: "Close a referred or outstanding request with its outcome.",
        examples: ["icv request resolve R14 --outcome \"Custody sergeant arranged the call\" --date 2014-05-06"])

    @Argument(valueName: "REQUEST") var request: String
    @OptionGroup var resolution: ResolutionOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let (request, date) = try resolution.close(
            self.request, .requests, context: context,
            refusal: { $0.status.isOpen ? nil : "\($0.id) is \($0.status.rawValue); only referred and outstanding requests can be resolved." },
            visitDate: { try Lookup.record($0.visit, .visits, in: ledger).record.date })
        return CommandOutput(
            text: "Resolved \(request.id) (\(request.category.rawValue), \(request.visit)) on \(date.prose): \(request.outcome ?? "")",
            records: request)
    }
}
