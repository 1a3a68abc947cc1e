import Foundation
import ICVDomain
import ICVStorage

/// `icv export visits|requests|volunteers`: records as CSV, for a spreadsheet or for `icv import visits` elsewhere.
enum ExportCommands {
    static let all = [visits, requests, volunteers]

    /// What one export writes: a row of cells per record, and the records themselves for `--json`.
    private struct Rows {
        let cells: [[String]]
        let records: any JSONWritable
    }

    static let visits = command(
        "visits", columns: ImportCommand.columns + ImportCommand.optionalColumns,
        yearHelp: "Only visits in this financial year (2014 or 2014/15 is April 2014 to March 2015).",
        summary: "Export custody visits as CSV, in the columns `icv import visits` reads.",
        discussion: "One row per visit, in date order (then id): the site by id, dates YYYY-MM-DD, times HH:MM, visitors by id separated by semicolons. The columns are those `icv import visits` needs, then not_available and delay_reason, so the file re-imports without loss into a folder with the same sites and volunteers (the visits get new ids there, in the order of the rows). Requests and issues are not part of it: export requests separately.",
        example: "icv export visits --year 2014 --format csv --output visits-2014-15.csv"
    ) { invocation, choice in
        let ledger = invocation.ledger
        let visits = try choice.years(.visits, in: ledger).flatMap { try ledger.records(.visits, in: $0) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let cells = visits.map { visit in
            [visit.site, visit.date.description, visit.arrived.description, visit.left.description,
             visit.visitors.map(\.description).joined(separator: ";"), String(visit.inCustody), String(visit.offered),
             String(visit.spokenTo), visit.admitted?.description ?? "", visit.notes ?? "", String(visit.notAvailable),
             visit.delayReason ?? ""]
        }
        return Rows(cells: cells, records: visits)
    }

    static let requests = command(
        "requests", columns: ["id", "visit", "site", "date", "category", "detail", "status", "outcome", "resolved"],
        yearHelp: "Only requests raised on visits in this financial year.",
        summary: "Export detainee requests as CSV, with the site and date of the visit each was raised on.",
        discussion: "One row per request, in the order of their visits' dates (then id). resolved is the day a referred or outstanding request was closed, empty while it is open.",
        example: "icv export requests --year 2014 --format csv --output requests-2014-15.csv"
    ) { invocation, choice in
        let ledger = invocation.ledger
        var rows: [(request: DetaineeRequest, visit: CustodyVisit?)] = []
        for year in try choice.years(.requests, in: ledger) {
            let visits = Dictionary(firstOf: try ledger.records(.visits, in: year).map { ($0.id, $0) })
            rows += try ledger.records(.requests, in: year).map { ($0, visits[$0.visit]) }
        }
        rows.sort { ($0.visit?.date.dayNumber ?? 0, $0.request.id) < ($1.visit?.date.dayNumber ?? 0, $1.request.id) }
        let cells = rows.map { request, visit in
            [request.id.description, request.visit.description, visit?.site ?? "", visit?.date.description ?? "",
             request.category.rawValue, request.detail ?? "", request.status.rawValue, request.outcome ?? "",
             request.resolvedOn?.description ?? ""]
        }
        return Rows(cells: cells, records: rows.map(\.request))
    }

    static let volunteers = command(
        "volunteers", columns: ["id", "name", "schemes", "status", "joined", "left", "vetting_cleared", "vetting_expires", "email", "phone"],
        yearHelp: "Only volunteers who were active or on probation on at least one day of this financial year.",
        summary: "Export the register of volunteers as CSV, with each one's status today.",
        discussion: "One row per volunteer in id order: schemes separated by semicolons, status as it is today (empty for someone whose joined date is still to come). The file holds contact details: keep it as safe as the data folder.",
        example: "icv export volunteers --format csv --output volunteers.csv"
    ) { invocation, choice in
        let today = try invocation.today()
        let chosen = try invocation.ledger.volunteerRecords().filter { record in
            choice.year.map { record.volunteer.mayVisit(onSomeDayFrom: $0.first, to: $0.last) } ?? true
        }
        let cells = chosen.map(\.volunteer).map { volunteer in
            [volunteer.id.description, volunteer.name, volunteer.schemes.map(\.rawValue).joined(separator: ";"),
             volunteer.status(on: today)?.rawValue ?? "", volunteer.joined.description, volunteer.left?.description ?? "",
             volunteer.vetting?.cleared.description ?? "", volunteer.vetting?.expires.description ?? "",
             volunteer.email ?? "", volunteer.phone ?? ""]
        }
        return Rows(cells: cells, records: chosen)
    }

    /// An export command: its flags, the check of `--format`, and the CSV written to the screen or to `--output`.
    private static func command(_ what: String, columns: [String], yearHelp: String, summary: String, discussion: String,
                                example: String, rows: @escaping @Sendable (Invocation, YearChoice) throws -> Rows) -> Command {
        let words = ["export", what]
        return Command(CommandSpec(
            words,
            options: [
                .value("year", "YYYY", yearHelp),
                .value("format", "csv", "The format to write: csv is the only one, asked for so that a script says what it expects.", required: true),
                .value("output", "FILE", "Write to this file, readable by you only, instead of the screen."),
            ],
            summary: summary,
            discussion: discussion + "\nCSV as RFC 4180 asks: a value holding a comma, a quote or a line break is put in double quotes; lines end with LF. With --json the records are printed as JSON instead.",
            examples: [example]
        )) { invocation in
            let arguments = invocation.arguments
            let format = try arguments.required("format") { arguments.string($0) }
            guard format.lowercased() == "csv" else {
                throw ValidationError.invalidValue(flag: "format", value: format, expected: "csv, the only format `icv \(words.joined(separator: " "))` writes")
            }
            let output = arguments.string("output").map(invocation.url)
            if let output { try ReportFile.checkParent(of: output) }
            let exported = try rows(invocation, try YearChoice(arguments))
            let text = CSV.text([columns] + exported.cells)
            guard let output else {
                return CommandOutput(text: text, records: exported.records)
            }
            try ReportFile.write(Data(text.utf8), to: output)
            let noun = String(what.dropLast())
            return CommandOutput(text: "Wrote \(Prose.count(exported.cells.count, noun)) to \(output.path).", records: exported.records)
        }
    }
}
