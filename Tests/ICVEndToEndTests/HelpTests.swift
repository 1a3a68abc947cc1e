import Foundation
import Testing
@testable import ICVCommandLine
import ICVTestSupport

/// `icv --help` and `icv COMMAND --help`, read whole as a user reads them.
@Suite struct HelpTests {
    @Test("icv --help lists every command with a line on what it does")
    func overview() throws {
        let result = try BuiltICV.run(["--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            icv: a tracker for Independent Custody Visiting and the Animal Welfare Scheme.

            Usage: icv COMMAND [ARGUMENTS] [--data DIR] [--json]

            Create a data folder for a scheme:
              icv init                Create a new data folder for a scheme.

            Custody suites and kennels, their targets and closures:
              icv site add            Add a custody suite or kennels to the scheme.
              icv site update         Change a site's name, the day it joined the scheme, or its standing target.
              icv site target         Set a different target for a site over a period (TARGET: N/week, N/fortnight or N/month).
              icv site close          Record that a site is closed (no visits can be made, none are due).
              icv site list           List the sites with their targets and whether each is open today.
              icv site show           Show a site's targets, closures and visits.

            The register of volunteers, their status, vetting and hours:
              icv volunteer add       Add a volunteer to the register.
              icv volunteer update    Change a volunteer's status, vetting, schemes or contact details.
              icv volunteer list      List the register, with each volunteer's status today and vetting expiry.
              icv volunteer show      Show a volunteer's status history, vetting, visits and hours.
              icv volunteer activity  Record hours a volunteer gave outside visits, for the annual report.

            Custody visit reports:
              icv visit log           Log a custody visit report.
              icv visit list          List custody visits, oldest first.
              icv visit show          Show a custody visit with its requests and issues.

            Detainee requests raised on visits, followed up until closed:
              icv request add         Add a detainee request to a custody visit.
              icv request resolve     Close a referred or outstanding request with its outcome.
              icv request list        List detainee requests, with the visit each was raised on.

            Issues raised on visits, followed up until closed:
              icv issue add           Raise an issue found on a custody visit (CV…) or kennel inspection (KI…).
              icv issue resolve       Close an open issue with its outcome.
              icv issue list          List issues raised on visits and their outcomes.

            Animal Welfare Scheme visits to the kennels:
              icv kennel log          Log an Animal Welfare Scheme visit to the kennels.
              icv kennel list         List kennel inspections, oldest first.

            Visits against the targets: the PCC's review and the coordinator's Monday check:
              icv compliance          Show each site's compliance with its visiting target.
              icv status              Show what is due this week: visits still needed per site, and what to chase.

            The annual report:
              icv report annual       Compile a financial year's figures for the annual report.

            Your data: spreadsheets in and out as CSV, checking the folder, undoing a change:
              icv import visits       Import custody visit reports from a CSV file, all or nothing.
              icv export visits       Export custody visits as CSV, in the columns `icv import visits` reads.
              icv export requests     Export detainee requests as CSV, with the site and date of the visit each was raised on.
              icv export volunteers   Export the register of volunteers as CSV, with each one's status today.
              icv check               Check every data file and every reference between records; change nothing.
              icv undo                Undo the last command that changed data.

            Every command takes --data DIR (default: $ICV_DATA, then ./icv-data) and --json, anywhere on the line.
            Run `icv COMMAND --help` for a command's flags and an example, such as `icv visit log --help`.

            Example:
              icv init --name "Leicestershire ICV" --data icv-data

            """)
    }

    @Test("icv visit log --help describes every flag with an example")
    func visitLogHelp() throws {
        let result = try BuiltICV.run(["visit", "log", "--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Usage: icv visit log --site SITE --date DATE --arrived HH:MM --left HH:MM --visitors VOL,VOL
                                 --in-custody N --offered N --spoken-to N [--not-available N] [--admitted HH:MM]
                                 [--delay-reason TEXT] [--notes TEXT] [--allow-duplicate]
                                 [--request CATEGORY]...

            Log a custody visit report.

            Request categories: doctor-or-nurse, refreshments, phone-call, reading-material, blankets,
            update-on-detention, solicitor, exercise, tissues, religious-text, shower, clothing, toiletries,
            medication, appropriate-adult, interpreter, rights-and-entitlements, other.
            Requests still to follow up are added with `icv request add VISIT --status referred`.

            Options:
              --site SITE          The custody suite, by id or name.
              --date DATE          The day of the visit (the day they arrived).
              --arrived HH:MM      When the pair arrived.
              --left HH:MM         When they left; earlier than --arrived means the visit ran past midnight.
              --visitors VOL,VOL   The visitors, by id or full name, separated by commas (at least two).
              --in-custody N       Detainees in custody when the pair arrived.
              --offered N          Detainees offered a visit.
              --spoken-to N        Detainees who accepted and were spoken to.
              --not-available N    Detainees who could not be offered a visit: asleep, in interview, at hospital or court (default: 0).
              --admitted HH:MM     When the pair were let in.
              --delay-reason TEXT  Why admission took more than 10 minutes (required then).
              --notes TEXT         Anything else from the report. Never a detainee's name.
              --allow-duplicate    Log it even though a visit with the same site, date and arrival time exists.
              --request CATEGORY   A detainee request dealt with at the visit; repeat for each. For other, add the detail: other:TEXT.
              --data DIR           The data folder (default: $ICV_DATA, then ./icv-data).
              --json               Print one JSON document on stdout instead of text.
              --help               Show this help (also -h).

            Example:
              icv visit log --site "Euston Street" --date 2014-05-02 --arrived 19:40 --left 21:05 \\
                  --admitted 19:44 --visitors "Ann Ray,Ben Oke" --in-custody 12 --not-available 4 --offered 8 \\
                  --spoken-to 7 --request refreshments --request blankets

            """)
    }

    @Test("icv issue add --help gives the categories of each kind of visit, with an example of each")
    func issueAddHelp() throws {
        let result = try BuiltICV.run(["issue", "add", "--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Usage: icv issue add VISIT --category CATEGORY --detail TEXT [--escalated-to TEXT]

            Raise an issue found on a custody visit (CV…) or kennel inspection (KI…).

            Categories on a custody visit: health-and-safety, cell-conditions, food, detainee-welfare, dignity,
            allegation, staffing, other.
            Categories on a kennel inspection: housing, exercise, training, transport, health-records, feeding,
            dog-welfare, health-and-safety, other.

            Options:
              --category CATEGORY  The kind of issue, from the list above for the kind of visit.
              --detail TEXT        What was found. Never a detainee's name.
              --escalated-to TEXT  Who it was raised with: the custody sergeant, the inspector.
              --data DIR           The data folder (default: $ICV_DATA, then ./icv-data).
              --json               Print one JSON document on stdout instead of text.
              --help               Show this help (also -h).

            Examples:
              icv issue add CV12 --category health-and-safety --detail "Fridge temperatures not recorded" \\
                  --escalated-to "Custody inspector"
              icv issue add KI3 --category transport --detail "Van ventilation not working" \\
                  --escalated-to "Dog unit sergeant"

            """)
    }

    @Test("icv check --help says what is checked, when to run it, and the exit codes")
    func checkHelp() throws {
        let result = try BuiltICV.run(["check", "--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Usage: icv check

            Check every data file and every reference between records; change nothing.

            Lists each problem with its file and record id: a file that does not parse or comes from a newer
            icv; an id used twice; a record in the wrong financial year's file; a request or issue whose visit
            does not exist; an issue whose category is not one for its kind of visit; a visit to an unknown or
            closed site, or by a volunteer who is not on the register or could not visit that day; counts or
            times that visit log would refuse; ids.json behind the ids in use.
            Then, under their own heading, warnings: the visits and kennel inspections made while a visitor's
            vetting had expired, which were accepted with a warning and are not problems.
            Run it after mending a file by hand, restoring a backup or merging folders, and before the annual
            report. It exits 1 when it finds a problem, and 0 otherwise, warnings or not.

            Options:
              --data DIR  The data folder (default: $ICV_DATA, then ./icv-data).
              --json      Print one JSON document on stdout instead of text.
              --help      Show this help (also -h).

            Examples:
              icv check
              icv check --data /backups/icv-data --json

            """)
    }

    @Test("icv volunteer update --help says a renewal adds a clearance and keeps the earlier ones")
    func volunteerUpdateHelp() throws {
        let result = try BuiltICV.run(["volunteer", "update", "--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Usage: icv volunteer update VOL [--status probation|active|suspended|left] [--from DATE]
                                        [--left DATE] [--scheme icv|aws]... [--vetting-cleared DATE]
                                        [--vetting-expires DATE] [--email E] [--phone P]

            Change a volunteer's status, vetting, schemes or contact details.

            The status history is kept, so visits before a change stay valid: a volunteer who left can still be
            named on reports typed in later for dates before they left. Vetting is kept the same way: a renewal
            adds a clearance (one with the same cleared date replaces it), and every date is judged by the
            clearance in force then.

            Options:
              --status probation|active|suspended|left  A new status, from the --from date on.
              --from DATE                               The day the new status starts.
              --left DATE                               The day they left the scheme (the same as --status left --from DATE).
              --scheme icv|aws                          Add them to a scheme as well; repeat for both.
              --vetting-cleared DATE                    The day police vetting was cleared (with --vetting-expires); earlier ones are kept.
              --vetting-expires DATE                    The day the vetting runs out; visits from then on give a warning.
              --email E                                 Email address.
              --phone P                                 Phone number.
              --data DIR                                The data folder (default: $ICV_DATA, then ./icv-data).
              --json                                    Print one JSON document on stdout instead of text.
              --help                                    Show this help (also -h).

            Examples:
              icv volunteer update V12 --status active --from 2014-11-12
              icv volunteer update "Ann Ray" --left 2015-01-31
              icv volunteer update V12 --vetting-cleared 2017-04-20 --vetting-expires 2020-04-20

            """)
    }

    @Test("icv volunteer activity --help says hours fall between joining and leaving")
    func volunteerActivityHelp() throws {
        let result = try BuiltICV.run(["volunteer", "activity", "--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
            Usage: icv volunteer activity VOL --date DATE --kind team-meeting|training|other --hours H
                                          [--description TEXT]

            Record hours a volunteer gave outside visits, for the annual report.

            Hours fall between joining and leaving: a date before the joined date, or on or after the day they
            left, is refused. At most 24 hours an entry.

            Options:
              --date DATE                         The day of the meeting, training or other work.
              --kind team-meeting|training|other  What it was.
              --hours H                           Hours given, such as 2 or 1.5.
              --description TEXT                  What it was, for the record.
              --data DIR                          The data folder (default: $ICV_DATA, then ./icv-data).
              --json                              Print one JSON document on stdout instead of text.
              --help                              Show this help (also -h).

            Example:
              icv volunteer activity V12 --date 2014-06-17 --kind team-meeting --hours 2 \\
                  --description "Quarterly meeting"

            """)
    }

    /// Every command and the flags SPEC.md (and the decisions in the README) give it, written out here rather than taken
    /// from the commands, so that a flag dropped from a command's declaration is caught.
    static let promisedFlags: [(command: String, flags: [String])] = [
        ("init", ["name", "time-zone"]),
        ("site add", ["kind", "target", "occasional", "opened"]),
        ("site update", ["name", "opened", "occasional", "target"]),
        ("site target", ["from", "to"]),
        ("site close", ["from", "to", "reason"]),
        ("site list", []),
        ("site show", []),
        ("volunteer add", ["scheme", "joined", "status", "vetting-cleared", "vetting-expires", "email", "phone"]),
        ("volunteer update", ["status", "from", "left", "scheme", "vetting-cleared", "vetting-expires", "email", "phone"]),
        ("volunteer list", ["scheme", "status"]),
        ("volunteer show", []),
        ("volunteer activity", ["date", "kind", "hours", "description"]),
        ("visit log", ["site", "date", "arrived", "left", "visitors", "in-custody", "offered", "spoken-to", "not-available",
                       "admitted", "delay-reason", "notes", "allow-duplicate", "request"]),
        ("visit list", ["site", "from", "to", "year"]),
        ("visit show", []),
        ("request add", ["category", "detail", "status"]),
        ("request resolve", ["outcome", "date"]),
        ("request list", ["open", "category", "year"]),
        ("issue add", ["category", "detail", "escalated-to"]),
        ("issue resolve", ["outcome", "date"]),
        ("issue list", ["open", "year"]),
        ("kennel log", ["site", "date", "arrived", "left", "visitors", "dogs-observed", "housing", "exercise", "training",
                        "transport", "health-records", "feeding", "training-observed", "feedback-to", "notes", "allow-duplicate"]),
        ("kennel list", ["year"]),
        ("compliance", ["year", "from", "to", "site", "format"]),
        ("status", ["date"]),
        ("report annual", ["year", "format", "output"]),
        ("import visits", ["allow-duplicate"]),
        ("export visits", ["year", "format", "output"]),
        ("export requests", ["year", "format", "output"]),
        ("export volunteers", ["year", "format", "output"]),
        ("check", []),
        ("undo", ["yes"]),
    ]

    @Test("icv has exactly the commands promised, in the order the overview lists them")
    func everyCommand() {
        #expect(Commands.specs.map(\.name) == Self.promisedFlags.map(\.command))
    }

    @Test("every command's help lists each flag promised for it, and nothing else, with at least one example",
          arguments: promisedFlags.map { [$0.command] + $0.flags })
    func everyCommandHelp(promised: [String]) throws {
        let name = promised[0]
        let flags = Array(promised.dropFirst())
        let result = try BuiltICV.run(name.split(separator: " ").map(String.init) + ["--help"], in: BuiltICV.repository)
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("Usage: icv \(name)"))
        let described = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  --") }
            .map { String($0.dropFirst(4).prefix { $0 != " " }) }
        #expect(described == flags + ["data", "json", "help"], "\(name)")
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 130 })
    }

    @Test("every example in the help is a well-formed command line, with every value of the right form", arguments: Commands.specs.flatMap { spec in
        spec.examples.map { [spec.name, $0] }
    })
    func examplesParse(pair: [String]) throws {
        let spec = try #require(Commands.specs.first { $0.name == pair[0] })
        let words = ShellWords.split(pair[1])
        #expect(Array(words.prefix(spec.words.count + 1)) == ["icv"] + spec.words)
        let global = words.dropFirst(spec.words.count + 1).filter { $0 != "--json" }
        var arguments = Array(global)
        if let index = arguments.firstIndex(of: "--data") { arguments.removeSubrange(index...index + 1) }
        let command = try #require(Commands.all.first { $0.configuration.words == spec.words })
        #expect(throws: Never.self) { try Self.parse(command, arguments) }
    }

    /// Parses a command line into the command's typed input: its syntax and every value.
    private static func parse<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) throws {
        _ = try Command.parse(arguments)
    }

    @Test("`icv help`, `icv help COMMAND` and `icv GROUP --help` show help and exit 0")
    func helpWords() throws {
        let overview = try BuiltICV.run(["--help"], in: BuiltICV.repository).stdout
        #expect(try BuiltICV.run(["help"], in: BuiltICV.repository).stdout == overview)
        let command = try BuiltICV.run(["help", "issue", "resolve"], in: BuiltICV.repository)
        #expect(command.exitCode == 0)
        #expect(command.stdout.hasPrefix("Usage: icv issue resolve ISSUE --outcome TEXT [--date DATE]\n"))
        let group = try BuiltICV.run(["request", "--help"], in: BuiltICV.repository)
        #expect(group.exitCode == 0)
        #expect(group.stdout == """
            Usage: icv request add VISIT --category CATEGORY [--detail TEXT] [--status STATUS]
            Usage: icv request resolve REQUEST --outcome TEXT [--date DATE]
            Usage: icv request list [--open] [--category CATEGORY] [--year YYYY]
            Run `icv request SUBCOMMAND --help` for more.

            """)
    }

    @Test("a usage mistake exits 2 and shows the command's usage on stderr")
    func usageMistake() throws {
        let result = try BuiltICV.run(["issue", "resolve", "I1", "--when", "today"], in: BuiltICV.repository)
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            error: Unknown option '--when' for `icv issue resolve`.

            Usage: icv issue resolve ISSUE --outcome TEXT [--date DATE]
            Run `icv issue resolve --help` for more.

            """)
    }
}

/// Splits an example the way a shell would: spaces separate words, double quotes group them.
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var inWord = false
        for character in line {
            switch character {
            case "\"":
                quoted.toggle()
                inWord = true
            case " " where !quoted:
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
