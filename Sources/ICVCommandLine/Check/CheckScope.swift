import Foundation
import ICVDomain
import ICVStorage

/// The records a command that shows figures counts, which `icv check`'s rules must find sound before it shows any: a
/// board never sees an impossible figure. Always the scheme and the register; the custody visits and kennel inspections
/// of `years`; their requests and issues when `followUps`; the volunteers' hours when `hours`.
struct CheckScope {
    var years: Set<FinancialYear>
    var followUps = false
    var hours = false

    /// The years from the one holding `from` to the one holding `to`.
    init(from: LocalDate, to: LocalDate) {
        years = Set((from.financialYear.startYear...max(from, to).financialYear.startYear).map(FinancialYear.init))
    }

    init(years: Set<FinancialYear>, followUps: Bool, hours: Bool) {
        self.years = years
        self.followUps = followUps
        self.hours = hours
    }

    /// The rules that concern the records themselves. Left out: whether files read (a file that does not stops the
    /// command anyway, and a stray file counts for nothing) and `ids.json`, which no figure counts.
    static let rules: [any CheckRule] = FolderChecker.rules.filter { !($0 is ReadableFilesRule || $0 is IDCountersRule) }

    /// Refuses, listing each problem as `icv check` does, when a record in scope breaks a rule; reads the records through
    /// the command's ledger, so the command does not read them again. With `cached`, files found sound before and not
    /// changed since (`SoundFilesCache`) are not checked again: what keeps `status` quick at national scale.
    func require(_ context: CommandContext, counting what: String, cached: Bool = false) throws {
        let store = context.ledger.store
        let fingerprint = cached ? try SoundFilesCache.fingerprint(of: paths, in: store) : nil
        if let fingerprint, SoundFilesCache.isSound(key, fingerprint: fingerprint, in: store) { return }
        let folder = try CheckedFolder(context.ledger, scope: self, now: context.now)
        let problems = FolderChecker.findings(in: folder, rules: Self.rules).problems
        guard !problems.isEmpty else {
            if let fingerprint { SoundFilesCache.noteSound(key, fingerprint: fingerprint, in: store) }
            return
        }
        throw ValidationError.rule("""
            \(Prose.count(problems.count, "record")) that \(what) counts \(problems.count == 1 ? "breaks a rule" : "break rules") that `icv check` checks, so its figures cannot be trusted:
            \(problems.map { "  \($0.line)" }.joined(separator: "\n"))
            Mend \(problems.count == 1 ? "it" : "them") (by hand, or with `icv undo` if it was the last change), run `icv check` to see the whole folder is sound, then run this again.
            """)
    }

    /// The files in scope, whether there or not.
    private var paths: [String] {
        let kinds: [@Sendable (FinancialYear) -> DataFile] = [DataFile.visits, DataFile.kennelInspections]
            + (followUps ? [DataFile.requests, DataFile.issues] : [])
        return [DataFile.scheme.path, DataFile.volunteers.path] + years.flatMap { year in kinds.map { $0(year).path } }
    }

    /// What was checked, in words that tell one scope from another.
    private var key: String {
        "\(years.sorted().map(\.fileStem).joined(separator: ",")) followUps=\(followUps) hours=\(hours)"
    }
}
