import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer show`: one volunteer's status and vetting histories, visits and hours.
struct VolunteerShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["volunteer", "show"],
        summary: "Show a volunteer's status history, vetting, visits and hours.",
        discussion: "Vetting shows the clearance in force today; the vetting history lists every clearance recorded, oldest first.",
        examples: ["icv volunteer show V12"])

    @Argument(valueName: "VOL") var volunteer: String

    func run(_ context: CommandContext) throws -> CommandOutput {
        let records = try context.ledger.volunteerRecords()
        let volunteer = try Lookup.volunteer(self.volunteer, in: records.map(\.volunteer))
        let activities = records.first { $0.id == volunteer.id }?.activities ?? []
        let today = try context.today()
        let custody = try context.ledger.allRecords(.visits).filter { $0.visitors.contains(volunteer.id) }.count
        let kennel = try context.ledger.allRecords(.kennelInspections).filter { $0.visitors.contains(volunteer.id) }.count
        var lines = [
            "\(volunteer.name) (\(volunteer.id))",
            "Schemes:  \(volunteer.schemes.map(\.title).joined(separator: ", "))",
            "Joined:   \(volunteer.joined.prose)",
            "Status:   \(volunteer.status(on: today)?.rawValue ?? "not yet joined") today",
            "Vetting:  " + (volunteer.currentVetting(on: today).map { "cleared \($0.cleared.prose), expires \($0.expires.prose)" } ?? "not recorded"),
            "Email:    \(volunteer.email ?? "-")",
            "Phone:    \(volunteer.phone ?? "-")",
            "Visits:   \(Prose.count(custody, "custody visit")), \(Prose.count(kennel, "kennel inspection"))",
            "\nStatus history:",
        ]
        lines += volunteer.statusHistory.map { "  \($0.from.description)  \($0.status.rawValue)" }
        if !volunteer.vettingHistory.isEmpty {
            lines.append("\nVetting history:")
            lines += volunteer.vettingHistory.map { "  cleared \($0.cleared.description)  expires \($0.expires.description)" }
        }
        if !activities.isEmpty {
            let hours = activities.reduce(0) { $0 + $1.hours }
            lines.append("\nActivities (\(Prose.hours(hours)) hours):")
            lines += activities.map { activity in
                "  \(activity.date)  \(activity.kind.rawValue)  \(Prose.hours(activity.hours)) h"
                    + (activity.description.map { "  \($0)" } ?? "")
            }
        }
        return CommandOutput(text: lines.joined(separator: "\n"), records: VolunteerRecord(volunteer, activities: activities))
    }
}
