import Foundation
import ICVDomain
import ICVStorage

/// `icv init`: makes a new, empty data folder for a scheme.
struct InitCommand: ParsableCommand {
    static let defaultName = "Independent Custody Visiting Scheme"

    static let configuration = CommandConfiguration(
        ["init"],
        summary: "Create a new data folder for a scheme.",
        discussion: "The folder (from --data, ICV_DATA or ./icv-data) must be new or empty. Its files are readable by you only.",
        examples: ["icv init --name \"Leicestershire ICV\" --data icv-data"],
        needsDataFolder: false)

    @Option(valueName: "NAME", help: "The scheme's name, as it appears in reports (default: \(InitCommand.defaultName)).") var name: String?
    @Option(valueName: "ZONE", help: "The scheme's time zone, which decides what 'today' is (default: Europe/London).") var timeZone: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let store = context.ledger.store
        let zone = timeZone ?? "Europe/London"
        guard TimeZone(identifier: zone) != nil else {
            throw ValidationError.invalidValue(flag: "time-zone", value: zone, expected: "a time zone name such as Europe/London")
        }
        try store.createNewFolder()
        let scheme = Scheme(name: try name?.trimmedText?.checkedName("The scheme's name") ?? Self.defaultName, timeZone: zone)
        let ledger = context.ledger
        ledger.save(scheme)
        ledger.save([VolunteerRecord]())
        ledger.startIDCounters()
        return CommandOutput(text: """
            Created a data folder for \(scheme.name) at \(store.location) (time zone \(zone)).
            Next, add your custody suites: icv site add "Euston Street" --kind custody-suite
            """, records: scheme)
    }
}
