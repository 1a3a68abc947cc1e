import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer activity`: hours a volunteer gave outside visits, for the annual report.
struct VolunteerActivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["volunteer", "activity"],
        summary: "Record hours a volunteer gave outside visits, for the annual report.",
        discussion: "Hours fall between joining and leaving: a date before the joined date, or on or after the day they left, is refused. At most 24 hours an entry.",
        examples: ["icv volunteer activity V12 --date 2014-06-17 --kind team-meeting --hours 2 --description \"Quarterly meeting\""])

    @Argument(valueName: "VOL") var volunteer: String
    @Option(valueName: "DATE", help: "The day of the meeting, training or other work.") var date: LocalDate
    @Option(valueName: "team-meeting|training|other", help: "What it was.") var kind: Activity.Kind
    @Option(valueName: "H", help: "Hours given, such as 2 or 1.5.") var hours: String
    @Option(valueName: "TEXT", help: "What it was, for the record.") var description: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let records = try context.ledger.volunteerRecords()
        let volunteer = try Lookup.volunteer(self.volunteer, in: records.map(\.volunteer))
        let activity = Activity(date: date, kind: kind, hours: Double(self.hours) ?? .nan, description: description?.trimmedText)
        let violations = activity.violations(of: volunteer)
        // Matched by case, not compared: hours that are not a number are not equal even to themselves.
        if violations.contains(where: { if case .activityHoursOutOfRange = $0 { true } else { false } }) {
            throw ValidationError.invalidValue(flag: "hours", value: self.hours, expected: "a number of hours above 0 and at most 24, such as 2 or 1.5")
        }
        try VisitRules.checkNotFuture(date, today: try context.today(), advice: "Record hours once they have been given.")
        if violations.contains(where: { if case .activityBeforeJoining = $0 { true } else { false } }) {
            throw ValidationError.rule("\(volunteer.name) joined on \(volunteer.joined.prose), after \(date.prose). Check the date and the volunteer.")
        }
        for case .activityAfterLeaving(_, let left) in violations {
            throw ValidationError.rule("\(volunteer.name) left the scheme on \(left.prose), so gave no hours on \(date.prose). Check the date and the volunteer; if they have come back, record that first with `icv volunteer update \(volunteer.id) --status active --from DATE`.")
        }
        let hours = activity.hours
        var record = records.first { $0.id == volunteer.id } ?? VolunteerRecord(volunteer)
        record.activities.append(activity)
        record.activities.sort { $0.date < $1.date }
        context.ledger.touch(volunteer.id.description)
        context.ledger.save(records.map { $0.id == volunteer.id ? record : $0 })
        let what = kind.rawValue.replacingOccurrences(of: "-", with: " ")
        return CommandOutput(
            text: "Recorded \(Prose.hours(hours)) \(hours == 1 ? "hour" : "hours") of \(what) for \(volunteer.name) (\(volunteer.id)) on \(date.prose).",
            records: record)
    }
}
