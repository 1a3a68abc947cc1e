import Foundation
import ICVDomain
import ICVStorage

/// Every command `icv` knows, and the overview and usage texts drawn from them.
enum Commands {
    /// The one list that registers a command, in the order the overview lists them.
    static let all: [any ParsableCommand.Type] = [
        InitCommand.self,
        SiteAddCommand.self, SiteUpdateCommand.self, SiteTargetCommand.self, SiteCloseCommand.self, SiteListCommand.self,
        SiteShowCommand.self,
        VolunteerAddCommand.self, VolunteerUpdateCommand.self, VolunteerListCommand.self, VolunteerShowCommand.self,
        VolunteerActivityCommand.self,
        VisitLogCommand.self, VisitListCommand.self, VisitShowCommand.self,
        RequestAddCommand.self, RequestResolveCommand.self, RequestListCommand.self,
        IssueAddCommand.self, IssueResolveCommand.self, IssueListCommand.self,
        KennelLogCommand.self, KennelListCommand.self,
        ComplianceCommand.self, StatusCommand.self,
        ReportAnnualCommand.self,
        ImportVisitsCommand.self, ExportVisitsCommand.self, ExportRequestsCommand.self, ExportVolunteersCommand.self,
        CheckCommand.self, UndoCommand.self,
    ]

    /// Every command's spec, in the same order.
    static var specs: [CommandSpec] { all.map { $0.spec } }

    /// The groups in the order the overview lists them, with a line each.
    static let groups: [(words: [String], summary: String)] = [
        (["init"], "Create a data folder for a scheme"),
        (["site"], "Custody suites and kennels, their targets and closures"),
        (["volunteer"], "The register of volunteers, their status, vetting and hours"),
        (["visit"], "Custody visit reports"),
        (["request"], "Detainee requests raised on visits, followed up until closed"),
        (["issue"], "Issues raised on visits, followed up until closed"),
        (["kennel"], "Animal Welfare Scheme visits to the kennels"),
        (["compliance", "status"], "Visits against the targets: the PCC's review and the coordinator's Monday check"),
        (["report"], "The annual report"),
        (["import", "export", "check", "undo"], "Your data: spreadsheets in and out as CSV, checking the folder, undoing a change"),
    ]

    /// The command the words name; nil when there are none (show the overview). A group without a known subcommand is a usage error.
    static func find(_ words: [String]) throws(UsageError) -> (any ParsableCommand.Type)? {
        guard let first = words.first else { return nil }
        if let command = all.first(where: { $0.configuration.words == Array(words.prefix($0.configuration.words.count)) }) {
            return command
        }
        guard isGroup(first) else {
            throw UsageError("Unknown command '\(first)'.", command: [])
        }
        guard words.count > 1, !words[1].hasPrefix("-") else {
            throw UsageError("`icv \(first)` needs a subcommand.", command: [first])
        }
        throw UsageError("Unknown command 'icv \(first) \(words[1])'.", command: [first])
    }

    /// Whether a word starts a command (`visit`, `status`).
    static func isGroup(_ word: String) -> Bool {
        groups.contains { $0.words.contains(word) }
    }

    /// `icv --help`: every command with its usage line.
    static var overview: String {
        var text = """
            icv: a tracker for Independent Custody Visiting and the Animal Welfare Scheme.

            Usage: icv COMMAND [ARGUMENTS] [--data DIR] [--json]

            """
        for group in groups {
            text += "\n\(group.summary):\n"
            for spec in specs where group.words.contains(spec.words[0]) {
                text += "  icv \(spec.name.padding(toLength: 19, withPad: " ", startingAt: 0)) \(spec.summary)\n"
            }
        }
        text += """

            Every command takes --data DIR (default: $ICV_DATA, then ./icv-data) and --json, anywhere on the line.
            Run `icv COMMAND --help` for a command's flags and an example, such as `icv visit log --help`.

            Example:
              icv init --name "Leicestershire ICV" --data icv-data

            """
        return text
    }

    /// The usage to show with a usage error: one command's, a group's, or the overview's.
    static func usage(for words: [String]) -> String {
        if let spec = specs.first(where: { $0.words == words }) {
            return spec.usage + "\nRun `icv \(spec.name) --help` for more."
        }
        let members = specs.filter { $0.words.first == words.first }
        guard !words.isEmpty, !members.isEmpty else {
            return "Usage: icv COMMAND [ARGUMENTS] [--data DIR] [--json]\nRun `icv --help` for the list of commands."
        }
        return members.map(\.usage).joined(separator: "\n")
            + "\nRun `icv \(words[0]) SUBCOMMAND --help` for more."
    }
}
