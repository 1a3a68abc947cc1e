import Foundation
import ICVDomain
import ICVStorage

/// `icv kennel …`: Animal Welfare Scheme visits to the kennels.
enum KennelCommands {
    static let all = [log, list]

    static let log = Command(CommandSpec(
        ["kennel", "log"],
        options: VisitEntry.options(siteHelp: "The kennels, by id or name.") + [
            .value("dogs-observed", "N", "How many dogs the pair saw.", required: true),
        ] + KennelInspection.Area.allCases.map { area in
            .value(area.rawValue, "R", "How \(area.rawValue.replacingOccurrences(of: "-", with: " ")) was found: satisfactory, concern or not-checked (default).")
        } + [
            .flag("training-observed", "The pair watched a training session."),
            .value("feedback-to", "TEXT", "Who was given feedback (the dog unit sergeant); repeat for each.", repeatable: true),
            .value("notes", "TEXT", "Anything else from the report."),
            VisitEntry.duplicateOption,
        ],
        summary: "Log an Animal Welfare Scheme visit to the kennels.",
        examples: ["icv kennel log --site \"Dog Unit\" --date 2022-05-14 --arrived 10:00 --left 11:45 --visitors \"Ann Ray,Ben Oke\" --dogs-observed 9 --housing satisfactory --exercise concern --feedback-to \"Dog unit sergeant\""]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let dogs = try arguments.required("dogs-observed") { try arguments.count($0) }
        var ratings: [KennelInspection.Area: KennelInspection.Rating] = [:]
        for area in KennelInspection.Area.allCases {
            ratings[area] = try arguments.choice(area.rawValue, as: KennelInspection.Rating.self) ?? .notChecked
        }
        let entry = try VisitEntry.read(arguments, kind: .kennels, delayReason: nil,
                                        context: try VisitEntry.Context(invocation)) { site, date, arrived in
            try ledger.existingVisit(.kennelInspections, site: site, date: date, arrived: arrived)?.description
        }
        let year = entry.date.financialYear
        let inspection = KennelInspection(
            id: try ledger.nextID(KennelInspection.self), site: entry.site.id, date: entry.date,
            arrived: entry.times.arrived, left: entry.times.left, visitors: entry.visitors.map(\.id), dogsObserved: dogs,
            ratings: ratings, trainingObserved: arguments.has("training-observed"),
            feedbackTo: arguments.strings("feedback-to").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            notes: arguments.text("notes"))
        ledger.add([inspection], .kennelInspections, in: year)
        let concerns = ratings.filter { $0.value == .concern }.keys.map(\.rawValue).sorted()
        var text = "Logged \(inspection.id): \(entry.summary); \(Prose.count(dogs, "dog")) observed"
        if !concerns.isEmpty {
            text += "\nConcerns: \(concerns.joined(separator: ", ")). Raise an issue with: icv issue add \(inspection.id) --category CATEGORY --detail TEXT"
        }
        return CommandOutput(text: text, records: inspection, warnings: entry.warnings)
    }

    static let list = Command(CommandSpec(
        ["kennel", "list"],
        options: [.value("year", "YYYY", "Only inspections in this financial year.")],
        summary: "List kennel inspections, oldest first.",
        examples: ["icv kennel list --year 2022"]
    )) { invocation in
        let ledger = invocation.ledger
        let inspections = try DateFilter(invocation.arguments).records(.kennelInspections, in: ledger) { $0.date }
        let sites = try ledger.scheme().sites
        let names = Dictionary(firstOf: try ledger.volunteers().map { ($0.id, $0.name) })
        var table = Table(["ID", "DATE", "SITE", "TIMES", "VISITORS", "DOGS", "CONCERNS"], numeric: [5])
        for inspection in inspections {
            let concerns = inspection.ratings.filter { $0.value == .concern }.keys.map(\.rawValue).sorted()
            table.add([inspection.id.description, inspection.date.description,
                       sites.first { $0.id == inspection.site }?.name ?? inspection.site, inspection.times.span,
                       inspection.visitors.map { names[$0] ?? $0.description }.joined(separator: ", "),
                       String(inspection.dogsObserved), concerns.isEmpty ? "-" : concerns.joined(separator: ", ")])
        }
        return CommandOutput(text: table.listing("kennel inspection", whenEmpty: "No kennel inspections match."),
                                 records: inspections)
    }
}
