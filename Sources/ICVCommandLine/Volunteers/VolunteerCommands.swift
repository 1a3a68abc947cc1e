import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer …`: the register of volunteers.
enum VolunteerCommands {
    static let all = [add, update, list, show, activity]

    private static let vettingOptions: [OptionSpec] = [
        .value("vetting-cleared", "DATE", "The day police vetting was cleared (give with --vetting-expires)."),
        .value("vetting-expires", "DATE", "The day the vetting runs out; visits from then on give a warning."),
        .value("email", "E", "Email address."),
        .value("phone", "P", "Phone number."),
    ]

    static let add = Command(CommandSpec(
        ["volunteer", "add"], arguments: ["NAME"],
        options: [
            .value("scheme", "icv|aws", "The scheme they visit for; repeat for both.", required: true, repeatable: true),
            .value("joined", "DATE", "The day they joined; they have no status before it.", required: true),
            .value("status", "probation|active", "Their status from the joined date (default: active)."),
        ] + vettingOptions,
        summary: "Add a volunteer to the register.",
        discussion: "A new volunteer is usually on probation for six months: add them with --status probation, then `icv volunteer update V12 --status active --from DATE`.",
        examples: ["icv volunteer add \"Ann Ray\" --scheme icv --joined 2014-05-12 --status probation --vetting-cleared 2014-04-28 --vetting-expires 2017-04-28"]
    )) { invocation in
        let arguments = invocation.arguments
        let name = arguments.positionals[0].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !name.isEmpty, VolunteerID(name) == nil else {
            throw ValidationError.rule("'\(name)' cannot be a volunteer's name: give their full name, such as \"Ann Ray\".")
        }
        let schemes = try schemes(arguments)
        let joined = try arguments.required("joined") { try arguments.date($0) }
        let status = try arguments.choice("status", as: VolunteerStatus.self) ?? .active
        guard status.mayVisit else {
            throw ValidationError.rule("A new volunteer starts as active or on probation. Add them, then record the change with `icv volunteer update VOL --status \(status.rawValue) --from DATE`.")
        }
        var volunteers = try invocation.ledger.volunteers()
        var volunteer = Volunteer(id: try invocation.ledger.nextID(Volunteer.self), name: name, schemes: schemes,
                                  joined: joined, status: status)
        try applyContactAndVetting(arguments, to: &volunteer)
        var warnings: [String] = []
        if let namesake = volunteers.first(where: { $0.name.lowercased() == name.lowercased() }) {
            warnings.append("\(namesake.id) is also called \(namesake.name); use their ids (\(namesake.id), \(volunteer.id)) to tell them apart.")
        }
        volunteers.append(volunteer)
        try invocation.ledger.save(volunteers)
        let schemeNames = schemes.map { $0.rawValue.uppercased() }.joined(separator: " and ")
        return CommandOutput(
            text: "Added \(volunteer.id): \(name) (\(schemeNames)), joined \(joined.prose), \(status.rawValue).",
            records: VolunteerRecord(volunteer), warnings: warnings)
    }

    static let update = Command(CommandSpec(
        ["volunteer", "update"], arguments: ["VOL"],
        options: [
            .value("status", "probation|active|suspended|left", "A new status, from the --from date on."),
            .value("from", "DATE", "The day the new status starts."),
            .value("left", "DATE", "The day they left the scheme (the same as --status left --from DATE)."),
            .value("scheme", "icv|aws", "Add them to a scheme as well; repeat for both.", repeatable: true),
        ] + vettingOptions,
        summary: "Change a volunteer's status, vetting, schemes or contact details.",
        discussion: "The status history is kept, so visits before a change stay valid: a volunteer who left can still be named on reports typed in later for dates before they left.",
        examples: ["icv volunteer update V12 --status active --from 2014-11-12",
                   "icv volunteer update \"Ann Ray\" --left 2015-01-31"]
    )) { invocation in
        let arguments = invocation.arguments
        var volunteers = try invocation.ledger.volunteers()
        var volunteer = try Lookup.volunteer(arguments.positionals[0], in: volunteers)
        let before = volunteer
        var changes: [String] = []
        if let change = try statusChange(arguments) {
            guard change.from >= volunteer.joined else {
                throw ValidationError.rule("\(volunteer.name) joined on \(volunteer.joined.prose); a status cannot start before that (\(change.from.prose)).")
            }
            volunteer.setStatus(change.status, from: change.from)
            volunteer.left = volunteer.statusHistory.last { $0.status == .left }?.from
            changes.append("\(change.status.rawValue) from \(change.from.prose)")
            try checkVisitsStillValid(volunteer, ledger: invocation.ledger)
        }
        for scheme in try schemesIfGiven(arguments) where !volunteer.schemes.contains(scheme) {
            volunteer.schemes.append(scheme)
            volunteer.schemes.sort { $0.rawValue > $1.rawValue }
            changes.append("now in the \(scheme.title) scheme")
        }
        try applyContactAndVetting(arguments, to: &volunteer)
        if volunteer.vetting != before.vetting, let vetting = volunteer.vetting {
            changes.append("vetting cleared \(vetting.cleared.prose), expires \(vetting.expires.prose)")
        }
        if volunteer.email != before.email || volunteer.phone != before.phone {
            changes.append("contact details updated")
        }
        guard !changes.isEmpty else {
            throw UsageError("Nothing to update: give --status with --from, --left, --scheme, vetting dates, --email or --phone.",
                             command: ["volunteer", "update"])
        }
        volunteers = volunteers.map { $0.id == volunteer.id ? volunteer : $0 }
        invocation.ledger.touch(volunteer.id.description)
        try invocation.ledger.save(volunteers)
        let record = try invocation.ledger.volunteerRecords().first { $0.id == volunteer.id } ?? VolunteerRecord(volunteer)
        return CommandOutput(text: "Updated \(volunteer.id) \(volunteer.name): \(changes.joined(separator: "; ")).",
                             records: record)
    }

    static let list = Command(CommandSpec(
        ["volunteer", "list"],
        options: [
            .value("scheme", "icv|aws", "Only members of this scheme."),
            .value("status", "probation|active|suspended|left", "Only volunteers with this status today."),
        ],
        summary: "List the register, with each volunteer's status today and vetting expiry.",
        examples: ["icv volunteer list --scheme icv --status active"]
    )) { invocation in
        let arguments = invocation.arguments
        let today = try invocation.today()
        let scheme = try arguments.choice("scheme", as: SchemeKind.self)
        let status = try arguments.choice("status", as: VolunteerStatus.self)
        let chosen = try invocation.ledger.volunteerRecords().filter { record in
            (scheme.map(record.volunteer.isMember) ?? true) && (status.map { record.volunteer.status(on: today) == $0 } ?? true)
        }
        var table = Table(["ID", "NAME", "SCHEMES", "JOINED", "STATUS", "VETTING EXPIRES"])
        for volunteer in chosen.map(\.volunteer) {
            table.add([volunteer.id.description, volunteer.name, volunteer.schemes.map(\.rawValue).joined(separator: ","),
                       volunteer.joined.description, volunteer.status(on: today)?.rawValue ?? "not yet joined",
                       volunteer.vetting.map { $0.expires.description + ($0.expires <= today ? " (expired)" : "") } ?? "-"])
        }
        let empty = "No volunteers match. Add one with: icv volunteer add \"Ann Ray\" --scheme icv --joined DATE"
        return CommandOutput(text: table.listing("volunteer", whenEmpty: empty), records: chosen)
    }

    static let show = Command(CommandSpec(
        ["volunteer", "show"], arguments: ["VOL"],
        summary: "Show a volunteer's status history, vetting, visits and hours.",
        examples: ["icv volunteer show V12"]
    )) { invocation in
        let records = try invocation.ledger.volunteerRecords()
        let volunteer = try Lookup.volunteer(invocation.arguments.positionals[0], in: records.map(\.volunteer))
        let activities = records.first { $0.id == volunteer.id }?.activities ?? []
        let today = try invocation.today()
        let custody = try invocation.ledger.allRecords(.visits).filter { $0.visitors.contains(volunteer.id) }.count
        let kennel = try invocation.ledger.allRecords(.kennelInspections).filter { $0.visitors.contains(volunteer.id) }.count
        var lines = [
            "\(volunteer.name) (\(volunteer.id))",
            "Schemes:  \(volunteer.schemes.map(\.title).joined(separator: ", "))",
            "Joined:   \(volunteer.joined.prose)",
            "Status:   \(volunteer.status(on: today)?.rawValue ?? "not yet joined") today",
            "Vetting:  " + (volunteer.vetting.map { "cleared \($0.cleared.prose), expires \($0.expires.prose)" } ?? "not recorded"),
            "Email:    \(volunteer.email ?? "-")",
            "Phone:    \(volunteer.phone ?? "-")",
            "Visits:   \(Prose.count(custody, "custody visit")), \(Prose.count(kennel, "kennel inspection"))",
            "\nStatus history:",
        ]
        lines += volunteer.statusHistory.map { "  \($0.from.description)  \($0.status.rawValue)" }
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

    static let activity = Command(CommandSpec(
        ["volunteer", "activity"], arguments: ["VOL"],
        options: [
            .value("date", "DATE", "The day of the meeting, training or other work.", required: true),
            .value("kind", "team-meeting|training|other", "What it was.", required: true),
            .value("hours", "H", "Hours given, such as 2 or 1.5.", required: true),
            .value("description", "TEXT", "What it was, for the record."),
        ],
        summary: "Record hours a volunteer gave outside visits, for the annual report.",
        examples: ["icv volunteer activity V12 --date 2014-06-17 --kind team-meeting --hours 2 --description \"Quarterly meeting\""]
    )) { invocation in
        let arguments = invocation.arguments
        let records = try invocation.ledger.volunteerRecords()
        let volunteer = try Lookup.volunteer(arguments.positionals[0], in: records.map(\.volunteer))
        let date = try arguments.required("date") { try arguments.date($0) }
        let kind = try arguments.required("kind") { try arguments.choice($0, as: Activity.Kind.self) }
        let hoursText = try arguments.required("hours") { arguments.string($0) }
        guard let hours = Double(hoursText), hours > 0, hours <= 24 else {
            throw ValidationError.invalidValue(flag: "hours", value: hoursText, expected: "a number of hours above 0 and at most 24, such as 2 or 1.5")
        }
        try VisitRules.checkNotFuture(date, today: try invocation.today(), advice: "Record hours once they have been given.")
        guard date >= volunteer.joined else {
            throw ValidationError.rule("\(volunteer.name) joined on \(volunteer.joined.prose), after \(date.prose). Check the date and the volunteer.")
        }
        let description = arguments.text("description")
        var record = records.first { $0.id == volunteer.id } ?? VolunteerRecord(volunteer)
        record.activities.append(Activity(date: date, kind: kind, hours: hours, description: description))
        record.activities.sort { $0.date < $1.date }
        invocation.ledger.touch(volunteer.id.description)
        invocation.ledger.save(records.map { $0.id == volunteer.id ? record : $0 })
        let what = kind.rawValue.replacingOccurrences(of: "-", with: " ")
        return CommandOutput(
            text: "Recorded \(Prose.hours(hours)) \(hours == 1 ? "hour" : "hours") of \(what) for \(volunteer.name) (\(volunteer.id)) on \(date.prose).",
            records: record)
    }

    // MARK: - Helpers

    static func schemesIfGiven(_ arguments: ParsedArguments) throws -> [SchemeKind] {
        try arguments.strings("scheme").flatMap { $0.split(separator: ",") }.map { text in
            guard let scheme = SchemeKind(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError.invalidValue(flag: "scheme", value: String(text), expected: "icv or aws")
            }
            return scheme
        }
    }

    static func schemes(_ arguments: ParsedArguments) throws -> [SchemeKind] {
        Array(Set(try schemesIfGiven(arguments))).sorted { $0.rawValue > $1.rawValue }
    }

    /// `--status S --from D`, `--status left --left D` or `--left D`.
    static func statusChange(_ arguments: ParsedArguments) throws -> (status: VolunteerStatus, from: LocalDate)? {
        let status = try arguments.choice("status", as: VolunteerStatus.self)
        let left = try arguments.date("left")
        let from = try arguments.date("from")
        let command = ["volunteer", "update"]
        if status == .left || (status == nil && left != nil) {
            guard left == nil || from == nil else {
                throw UsageError("Give the leaving date once, with --left DATE.", command: command)
            }
            guard let date = left ?? from else {
                throw UsageError("--status left needs --left DATE.", command: command)
            }
            return (.left, date)
        }
        guard left == nil else {
            throw UsageError("--left goes with --status left only.", command: command)
        }
        switch (status, from) {
        case (nil, nil):
            return nil
        case (let status?, let from?):
            return (status, from)
        case (nil, _?):
            throw UsageError("--from goes with --status: give the new status as well.", command: command)
        case (_?, nil):
            throw UsageError("--status needs --from DATE.", command: command)
        }
    }

    /// Vetting dates (both or neither, expiry after clearance), email and phone.
    static func applyContactAndVetting(_ arguments: ParsedArguments, to volunteer: inout Volunteer) throws {
        let cleared = try arguments.date("vetting-cleared")
        let expires = try arguments.date("vetting-expires")
        switch (cleared, expires) {
        case (let cleared?, let expires?):
            guard expires > cleared else {
                throw ValidationError.rule("Vetting cannot expire (\(expires.prose)) before it was cleared (\(cleared.prose)). Check --vetting-cleared and --vetting-expires.")
            }
            volunteer.vetting = Volunteer.Vetting(cleared: cleared, expires: expires)
        case (nil, nil):
            break
        default:
            throw UsageError("Give --vetting-cleared and --vetting-expires together.", command: ["volunteer", arguments.positionals.isEmpty ? "add" : "update"])
        }
        if let email = arguments.text("email") { volunteer.email = email }
        if let phone = arguments.text("phone") { volunteer.phone = phone }
    }

    /// A status change must not leave a logged visit made by someone who could not visit that day.
    static func checkVisitsStillValid(_ volunteer: Volunteer, ledger: Ledger) throws {
        let custody = try ledger.allRecords(.visits).filter { $0.visitors.contains(volunteer.id) }.map { ($0.id.description, $0.date) }
        let kennel = try ledger.allRecords(.kennelInspections).filter { $0.visitors.contains(volunteer.id) }.map { ($0.id.description, $0.date) }
        for (id, date) in custody + kennel {
            if let status = volunteer.status(on: date), !status.mayVisit {
                throw ValidationError.rule("\(volunteer.name) is named on \(id) on \(date.prose), when this change would make them \(status.rawValue). Check the date, or the visit.")
            }
        }
    }
}
