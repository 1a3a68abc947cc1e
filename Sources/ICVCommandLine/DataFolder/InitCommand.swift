import Foundation
import ICVDomain
import ICVStorage

/// `icv init`: makes a new, empty data folder for a scheme.
enum InitCommand {
    static let defaultName = "Independent Custody Visiting Scheme"

    static let command = Command(CommandSpec(
        ["init"],
        options: [
            .value("name", "NAME", "The scheme's name, as it appears in reports (default: \(defaultName))."),
            .value("time-zone", "ZONE", "The scheme's time zone, which decides what 'today' is (default: Europe/London)."),
        ],
        summary: "Create a new data folder for a scheme.",
        discussion: "The folder (from --data, ICV_DATA or ./icv-data) must be new or empty. Its files are readable by you only.",
        examples: ["icv init --name \"Leicestershire ICV\" --data icv-data"]
    ), needsDataFolder: false) { invocation in
        let arguments = invocation.arguments
        let store = invocation.ledger.store
        let zone = arguments.string("time-zone") ?? "Europe/London"
        guard TimeZone(identifier: zone) != nil else {
            throw ValidationError.invalidValue(flag: "time-zone", value: zone, expected: "a time zone name such as Europe/London")
        }
        try store.createNewFolder()
        let scheme = Scheme(name: arguments.text("name") ?? defaultName, timeZone: zone)
        let ledger = invocation.ledger
        ledger.save(scheme)
        ledger.save([VolunteerRecord]())
        ledger.startIDCounters()
        return CommandOutput(text: """
            Created a data folder for \(scheme.name) at \(store.location) (time zone \(zone)).
            Next, add your custody suites: icv site add "Euston Street" --kind custody-suite
            """, records: scheme)
    }
}
