import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer update`: a volunteer's status, vetting, schemes or contact details change.
struct VolunteerUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["volunteer", "update"],
        summary: "Change a volunteer's status, vetting, schemes or contact details.",
        discussion: "The status history is kept, so visits before a change stay valid: a volunteer who left can still be named on reports typed in later for dates before they left. Vetting is kept the same way: a renewal adds a clearance (one with the same cleared date replaces it), and every date is judged by the clearance in force then.",
        examples: ["icv volunteer update V12 --status active --from 2014-11-12",
                   "icv volunteer update \"Ann Ray\" --left 2015-01-31",
                   "icv volunteer update V12 --vetting-cleared 2017-04-20 --vetting-expires 2020-04-20"])

    @Argument(valueName: "VOL") var volunteer: String
    @Option(valueName: "probation|active|suspended|left", help: "A new status, from the --from date on.") var status: VolunteerStatus?
    @Option(valueName: "DATE", help: "The day the new status starts.") var from: LocalDate?
    @Option(valueName: "DATE", help: "The day they left the scheme (the same as --status left --from DATE).") var left: LocalDate?
    @Option(valueName: "icv|aws", help: "Add them to a scheme as well; repeat for both.") var scheme: [String]
    @OptionGroup var details: ContactAndVettingOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        var volunteers = try context.ledger.volunteers()
        var volunteer = try Lookup.volunteer(self.volunteer, in: volunteers)
        let before = volunteer
        var changes: [String] = []
        if let change = try statusChange() {
            guard change.from >= volunteer.joined else {
                throw ValidationError.rule("\(volunteer.name) joined on \(volunteer.joined.prose); a status cannot start before that (\(change.from.prose)).")
            }
            volunteer.setStatus(change.status, from: change.from)
            volunteer.left = volunteer.statusHistory.last { $0.status == .left }?.from
            changes.append("\(change.status.rawValue) from \(change.from.prose)")
            try Self.checkRecordsStillValid(volunteer, ledger: context.ledger)
        }
        for scheme in try SchemeNames.parse(scheme) where !volunteer.schemes.contains(scheme) {
            volunteer.schemes.append(scheme)
            volunteer.schemes.sort { $0.rawValue > $1.rawValue }
            changes.append("now in the \(scheme.title) scheme")
        }
        try details.apply(to: &volunteer)
        if volunteer.vettingHistory != before.vettingHistory, let cleared = details.vettingCleared, let expires = details.vettingExpires {
            let replaced = before.vettingHistory.first { $0.cleared == cleared }
            changes.append("vetting cleared \(cleared.prose)" + (replaced.map { " now expires \(expires.prose) (was \($0.expires.prose))" } ?? ", expires \(expires.prose)"))
        }
        if volunteer.email != before.email || volunteer.phone != before.phone {
            changes.append("contact details updated")
        }
        guard !changes.isEmpty else {
            throw UsageError("Nothing to update: give --status with --from, --left, --scheme, vetting dates, --email or --phone.")
        }
        volunteers = volunteers.map { $0.id == volunteer.id ? volunteer : $0 }
        context.ledger.touch(volunteer.id.description)
        try context.ledger.save(volunteers)
        let record = try context.ledger.volunteerRecords().first { $0.id == volunteer.id } ?? VolunteerRecord(volunteer)
        return CommandOutput(text: "Updated \(volunteer.id) \(volunteer.name): \(changes.joined(separator: "; ")).", records: record)
    }

    /// `--status S --from D`, `--status left --left D` or `--left D`.
    private func statusChange() throws(UsageError) -> (status: VolunteerStatus, from: LocalDate)? {
        if status == .left || (status == nil && left != nil) {
            guard left == nil || from == nil else {
                throw UsageError("Give the leaving date once, with --left DATE.")
            }
            guard let date = left ?? from else {
                throw UsageError("--status left needs --left DATE.")
            }
            return (.left, date)
        }
        guard left == nil else {
            throw UsageError("--left goes with --status left only.")
        }
        switch (status, from) {
        case (nil, nil):
            return nil
        case (let status?, let from?):
            return (status, from)
        case (nil, _?):
            throw UsageError("--from goes with --status: give the new status as well.")
        case (_?, nil):
            throw UsageError("--status needs --from DATE.")
        }
    }

    /// A status change must not leave a logged visit made by someone who could not visit that day, nor hours recorded
    /// on or after the day they left.
    static func checkRecordsStillValid(_ volunteer: Volunteer, ledger: Ledger) throws {
        let custody = try ledger.allRecords(.visits).filter { $0.visitors.contains(volunteer.id) }.map { ($0.id.description, $0.date) }
        let kennel = try ledger.allRecords(.kennelInspections).filter { $0.visitors.contains(volunteer.id) }.map { ($0.id.description, $0.date) }
        for (id, date) in custody + kennel {
            if let status = volunteer.status(on: date), !status.mayVisit {
                throw ValidationError.rule("\(volunteer.name) is named on \(id) on \(date.prose), when this change would make them \(status.rawValue). Check the date, or the visit.")
            }
        }
        for activity in try ledger.volunteerRecords().first(where: { $0.id == volunteer.id })?.activities ?? [] {
            for case .activityAfterLeaving(_, let left) in activity.violations(of: volunteer) {
                throw ValidationError.rule("\(volunteer.name) has \(activity.kind.rawValue) hours recorded on \(activity.date.prose), on or after \(left.prose), when this change would make them left. Check the date, or the hours.")
            }
        }
    }
}
