import Foundation
import ICVDomain
import ICVStorage

/// `icv volunteer add`: a new member of the register.
struct VolunteerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["volunteer", "add"],
        summary: "Add a volunteer to the register.",
        discussion: "A new volunteer is usually on probation for six months: add them with --status probation, then `icv volunteer update V12 --status active --from DATE`.",
        examples: ["icv volunteer add \"Ann Ray\" --scheme icv --joined 2014-05-12 --status probation --vetting-cleared 2014-04-28 --vetting-expires 2017-04-28"])

    @Argument(valueName: "NAME") var name: String
    @Option(valueName: "icv|aws", help: "The scheme they visit for; repeat for both.", atLeastOnce: true) var scheme: [String]
    @Option(valueName: "DATE", help: "The day they joined; they have no status before it.") var joined: LocalDate
    @Option(valueName: "probation|active", help: "Their status from the joined date (default: active).") var status: VolunteerStatus?
    @OptionGroup var details: ContactAndVettingOptions

    func run(_ context: CommandContext) throws -> CommandOutput {
        let name = try self.name.split(whereSeparator: \.isWhitespace).joined(separator: " ").checkedName("A volunteer's name")
        guard !name.isEmpty, VolunteerID(name) == nil else {
            throw ValidationError.rule("'\(name)' cannot be a volunteer's name: give their full name, such as \"Ann Ray\".")
        }
        let schemes = Array(Set(try SchemeNames.parse(scheme))).sorted { $0.rawValue > $1.rawValue }
        let status = self.status ?? .active
        guard status.mayVisit else {
            throw ValidationError.rule("A new volunteer starts as active or on probation. Add them, then record the change with `icv volunteer update VOL --status \(status.rawValue) --from DATE`.")
        }
        var volunteers = try context.ledger.volunteers()
        var volunteer = Volunteer(id: try context.ledger.nextID(Volunteer.self), name: name, schemes: schemes,
                                  joined: joined, status: status)
        try details.apply(to: &volunteer)
        var warnings: [String] = []
        if let namesake = volunteers.first(where: { $0.name.lowercased() == name.lowercased() }) {
            warnings.append("\(namesake.id) is also called \(namesake.name); use their ids (\(namesake.id), \(volunteer.id)) to tell them apart.")
        }
        volunteers.append(volunteer)
        try context.ledger.save(volunteers)
        let schemeNames = schemes.map { $0.rawValue.uppercased() }.joined(separator: " and ")
        return CommandOutput(
            text: "Added \(volunteer.id): \(name) (\(schemeNames)), joined \(joined.prose), \(status.rawValue).",
            records: VolunteerRecord(volunteer), warnings: warnings)
    }
}
