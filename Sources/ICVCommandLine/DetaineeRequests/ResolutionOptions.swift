import Foundation
import ICVDomain
import ICVStorage

/// `--outcome` and `--date` of `request resolve` and `issue resolve`: the date defaults to today, and is neither in the
/// future nor before the visit.
struct ResolutionOptions: ParsableInputs {
    @Option(valueName: "TEXT", help: "What was done.") var outcome: String
    @Option(valueName: "DATE", help: "The day it was resolved (default: today).") var date: LocalDate?

    /// Finds a record by id, refuses it when it is not open, checks the resolution and saves the record closed; returns
    /// it with the day it was resolved.
    func close<Record: Resolvable>(_ text: String, _ kind: YearKind<Record>, context: CommandContext,
                                   refusal: (Record) -> String?,
                                   visitDate: (Record) throws -> LocalDate) throws -> (record: Record, date: LocalDate) {
        let ledger = context.ledger
        let id = try Lookup.id(text, as: Record.self)
        let (found, year) = try Lookup.record(id, kind, in: ledger)
        if let refusal = refusal(found) {
            throw ValidationError.rule(refusal)
        }
        guard let outcome = outcome.trimmedText else {
            throw ValidationError.rule("--outcome is empty: say what was done.")
        }
        let today = try context.today()
        let date = self.date ?? today
        try VisitRules.checkNotFuture(date, today: today, advice: "Give the day it was resolved, today or earlier, with --date.")
        let visitDate = try visitDate(found)
        guard date >= visitDate else {
            throw ValidationError.rule("\(id) cannot be resolved on \(date.prose), before the visit on \(visitDate.prose). Check --date.")
        }
        var record = found
        record.markResolved(outcome: outcome, on: date)
        ledger.touch(id.description)
        ledger.save(try ledger.records(kind, in: year).map { $0.id == id ? record : $0 }, kind, in: year)
        return (record, date)
    }
}
