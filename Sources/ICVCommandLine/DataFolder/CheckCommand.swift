import Foundation
import ICVDomain
import ICVStorage

/// `icv check`: reads the whole data folder and lists everything wrong with it, changing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["check"],
        summary: "Check every data file and every reference between records; change nothing.",
        discussion: """
            Lists each problem with its file and record id: a file that does not parse or comes from a newer icv; an id used twice; a record in the wrong financial year's file; a request or issue whose visit does not exist; an issue whose category is not one for its kind of visit; a visit to an unknown or closed site, or by a volunteer who is not on the register or could not visit that day; counts or times that visit log would refuse; ids.json behind the ids in use.
            Then, under their own heading, warnings: the visits and kennel inspections made while a visitor's vetting had expired, which were accepted with a warning and are not problems.
            Run it after mending a file by hand, restoring a backup or merging folders, and before the annual report. It exits 1 when it finds a problem, and 0 otherwise, warnings or not.
            """,
        examples: ["icv check", "icv check --data /backups/icv-data --json"])

    func run(_ context: CommandContext) throws -> CommandOutput {
        let check = FolderChecker.check(context.ledger.store, now: context.now)
        return CommandOutput(text: Self.text(check), json: check, exitCode: check.isClean ? 0 : 1)
    }

    /// Heads the warnings, under the problems.
    static let warningsHeading = "Warnings (accepted when recorded; not problems):"

    /// The problems one a line, then the warnings under their heading, then what was left out and the summary.
    static func text(_ check: FolderCheck) -> String {
        let counts = check.counts
        let read = [Prose.count(counts.sites, "site"), Prose.count(counts.volunteers, "volunteer"),
                    Prose.count(counts.custodyVisits, "custody visit"), Prose.count(counts.kennelInspections, "kennel inspection"),
                    Prose.count(counts.requests, "request"), Prose.count(counts.issues, "issue")]
        let found = (check.isClean ? "No problems" : Prose.count(check.problems.count, "problem")) + " found"
        let warned = check.warnings.isEmpty ? "." : "; \(Prose.count(check.warnings.count, "warning"))."
        let summary = "Checked \(Prose.count(check.files, "file")): \(read.joined(separator: ", ")). \(found)\(warned)"
        let warnings = check.warnings.isEmpty ? [] : [warningsHeading] + check.warnings.map(\.line)
        return [check.problems.map(\.line), warnings, check.notChecked + [summary]].filter { !$0.isEmpty }
            .map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }
}
