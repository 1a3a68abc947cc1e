import Foundation
import ICVDomain
import ICVStorage

/// `icv kennel log`: an Animal Welfare Scheme visit to the kennels, with a rating for each area checked.
struct KennelLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        ["kennel", "log"],
        summary: "Log an Animal Welfare Scheme visit to the kennels.",
        examples: ["icv kennel log --site \"Dog Unit\" --date 2022-05-14 --arrived 10:00 --left 11:45 --visitors \"Ann Ray,Ben Oke\" --dogs-observed 9 --housing satisfactory --exercise concern --feedback-to \"Dog unit sergeant\""])

    @Option(valueName: "SITE", help: "The kennels, by id or name.") var site: String
    @OptionGroup var pair: VisitPairOptions
    @Option(valueName: "N", help: "How many dogs the pair saw.") var dogsObserved: Int
    @Option(valueName: "R", help: "How housing was found: satisfactory, concern or not-checked (default).") var housing: KennelInspection.Rating?
    @Option(valueName: "R", help: "How exercise was found: satisfactory, concern or not-checked (default).") var exercise: KennelInspection.Rating?
    @Option(valueName: "R", help: "How training was found: satisfactory, concern or not-checked (default).") var training: KennelInspection.Rating?
    @Option(valueName: "R", help: "How transport was found: satisfactory, concern or not-checked (default).") var transport: KennelInspection.Rating?
    @Option(valueName: "R", help: "How health records was found: satisfactory, concern or not-checked (default).")
    var healthRecords: KennelInspection.Rating?
    @Option(valueName: "R", help: "How feeding was found: satisfactory, concern or not-checked (default).") var feeding: KennelInspection.Rating?
    @Flag(help: "The pair watched a training session.") var trainingObserved: Bool
    @Option(valueName: "TEXT", help: "Who was given feedback (the dog unit sergeant); repeat for each.") var feedbackTo: [String]
    @Option(valueName: "TEXT", help: "Anything else from the report.") var notes: String?
    @Flag(help: "Log it even though a visit with the same site, date and arrival time exists.") var allowDuplicate: Bool

    /// Each area's rating, not-checked where none was given.
    var ratings: [KennelInspection.Area: KennelInspection.Rating] {
        let given: [KennelInspection.Area: KennelInspection.Rating?] = [
            .housing: housing, .exercise: exercise, .training: training, .transport: transport,
            .healthRecords: healthRecords, .feeding: feeding,
        ]
        return given.mapValues { $0 ?? .notChecked }
    }

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let entryContext = try VisitEntry.Context(context, allowDuplicate: allowDuplicate)
        let entry = try VisitEntry.check(
            site: site, date: pair.date, times: VisitTimes(arrived: pair.arrived, left: pair.left, admitted: nil),
            visitors: pair.visitorNames, kind: .kennels, delayReason: nil, form: .flags, context: entryContext) { span in
            try entryContext.overlapping(span, in: ledger)
        }
        let ratings = self.ratings
        let inspection = KennelInspection(
            id: try ledger.nextID(KennelInspection.self), site: entry.site.id, date: entry.date,
            arrived: entry.times.arrived, left: entry.times.left, visitors: entry.visitors.map(\.id), dogsObserved: dogsObserved,
            ratings: ratings, trainingObserved: trainingObserved,
            feedbackTo: feedbackTo.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            notes: notes?.trimmedText)
        ledger.add([inspection], .kennelInspections, in: entry.date.financialYear)
        let concerns = ratings.filter { $0.value == .concern }.keys.map(\.rawValue).sorted()
        var text = "Logged \(inspection.id): \(entry.summary); \(Prose.count(dogsObserved, "dog")) observed"
        if !concerns.isEmpty {
            text += "\nConcerns: \(concerns.joined(separator: ", ")). Raise an issue with: icv issue add \(inspection.id) --category CATEGORY --detail TEXT"
        }
        return CommandOutput(text: text, records: inspection, warnings: entry.warnings)
    }
}
