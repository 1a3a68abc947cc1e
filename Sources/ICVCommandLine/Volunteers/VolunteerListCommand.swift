import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer list`: the register, with each volunteer's status today and the expiry of the vetting in force today.
struct VolunteerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["volunteer", "list"],
        summary: "List the register, with each volunteer's status today and vetting expiry.",
        examples: ["icv volunteer list --scheme icv --status active"])

    @Option(valueName: "icv|aws", help: "Only members of this scheme.") var scheme: SchemeKind?
    @Option(valueName: "probation|active|suspended|left", help: "Only volunteers with this status today.") var status: VolunteerStatus?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let today = try context.today()
        let chosen = try context.ledger.volunteerRecords().filter { record in
            (scheme.map(record.volunteer.isMember) ?? true) && (status.map { record.volunteer.status(on: today) == $0 } ?? true)
        }
        var table = Table(["ID", "NAME", "SCHEMES", "JOINED", "STATUS", "VETTING EXPIRES"])
        for volunteer in chosen.map(\.volunteer) {
            table.add([volunteer.id.description, volunteer.name, volunteer.schemes.map(\.rawValue).joined(separator: ","),
                       volunteer.joined.description, volunteer.status(on: today)?.rawValue ?? "not yet joined",
                       volunteer.currentVetting(on: today).map { $0.expires.description + ($0.expires <= today ? " (expired)" : "") } ?? "-"])
        }
        let empty = "No volunteers match. Add one with: icv volunteer add \"Ann Ray\" --scheme icv --joined DATE"
        return CommandOutput(text: table.listing("volunteer", whenEmpty: empty), records: chosen)
    }
}
