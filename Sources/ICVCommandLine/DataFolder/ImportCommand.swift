import Foundation
import ICVDomain
import ICVStorage

/// `icv import visits FILE.csv`: custody visit reports from a spreadsheet, every row checked as `visit log` checks it,
/// all or nothing.
struct ImportVisitsCommand: ParsableCommand {
    /// The columns a file must have, in the order `export visits` writes them.
    static let columns = ["site", "date", "arrived", "left", "visitors", "in_custody", "offered", "spoken_to", "admitted", "notes"]
    /// Columns a file may add; `export visits` writes them after the others, so that an export re-imports losslessly.
    static let optionalColumns = ["not_available", "delay_reason"]

    static let configuration = CommandConfiguration(
        ["import", "visits"],
        summary: "Import custody visit reports from a CSV file, all or nothing.",
        discussion: """
            The first line names the columns, in any order: \(columns.joined(separator: ", ")); and, if wanted, \(optionalColumns.joined(separator: " and ")). admitted, notes, not_available (0 when empty) and delay_reason may be left empty. The site is given by id or name, the visitors by id or full name, separated by semicolons. Dates are YYYY-MM-DD and times HH:MM. Values holding a comma, a quote or a line break are put in double quotes (RFC 4180), as spreadsheets do.
            Every row passes the same rules as `icv visit log`, including the duplicate check against the visits already recorded and the rows above it. One bad row rejects the whole file: each bad row is listed with its line number and reason, and nothing is imported. Visits get new ids in the order of the rows.
            `icv export visits --format csv` writes this form.
            """,
        examples: ["icv import visits visits-2014-15.csv"])

    @Argument(valueName: "FILE.csv") var file: String
    @Flag(help: "Import rows that repeat the site, date and arrival time of a recorded visit or of an earlier row.") var allowDuplicate: Bool

    func run(_ context: CommandContext) throws -> CommandOutput {
        let path = file
        let records = try Self.csvRecords(path, at: context.url(path))
        guard let header = records.first else {
            throw ValidationError.rule("\(path) is empty. Its first line names the columns (\(Self.columns.joined(separator: ","))), then one line per visit.")
        }
        let columnIndex = try Self.columnIndex(header, path: path)
        let rows = records.dropFirst()
        guard !rows.isEmpty else {
            throw ValidationError.rule("\(path) has a header line but no visits under it; nothing was imported.")
        }
        let checked = try check(rows, columnIndex: columnIndex, path: path, context: context)
        let ledger = context.ledger
        var visits: [CustodyVisit] = []
        for row in checked {
            visits.append(row.visit.visit(try ledger.nextID(CustodyVisit.self)))
        }
        let byYear = Dictionary(grouping: visits) { $0.date.financialYear }
        for (year, added) in byYear {
            ledger.add(added, .visits, in: year)
        }
        return CommandOutput(text: Self.summary(visits, byYear: byYear, path: path), records: visits,
                             warnings: Self.vettingWarnings(checked))
    }

    /// A row that passed every rule, with the line it came from.
    struct CheckedRow {
        let line: Int
        let visit: CustodyVisitEntry
    }

    // MARK: - Reading the file

    /// The file's records, or an error saying why it cannot be read: missing, a folder, not UTF-8, not well-formed CSV.
    private static func csvRecords(_ path: String, at url: URL) throws -> [CSV.Record] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ValidationError.rule("There is no file \(path) to import. Check the name and the folder.")
        }
        guard !isFolder.boolValue else {
            throw ValidationError.rule("\(path) is a folder. Give the CSV file to import.")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ValidationError.rule("\(path) could not be read. Check that you may read it.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError.rule("\(path) is not UTF-8 text. Save it from the spreadsheet as CSV UTF-8 and import it again.")
        }
        do {
            return try CSV.records(in: text)
        } catch {
            throw ValidationError.rule("\(path) is not well-formed CSV at line \(error.line): \(error.description). Nothing was imported.")
        }
    }

    /// Where each column is, by name; an unknown, repeated, unnamed or missing column is an error naming it.
    private static func columnIndex(_ header: CSV.Record, path: String) throws -> [String: Int] {
        var index: [String: Int] = [:]
        var problems: [String] = []
        for (position, cell) in header.fields.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespaces).lowercased()
            if name.isEmpty {
                problems.append("column \(position + 1) has no name")
            } else if !(columns + optionalColumns).contains(name) {
                problems.append("'\(cell)' is not a column icv imports")
            } else if index[name] != nil {
                problems.append("'\(name)' is named twice")
            } else {
                index[name] = position
            }
        }
        problems += columns.filter { index[$0] == nil }.map { "there is no '\($0)' column" }
        guard problems.isEmpty else {
            throw ValidationError.rule("""
                The header line of \(path) does not name the columns icv imports, so nothing was imported:
                \(problems.map { "  \($0)" }.joined(separator: "\n"))
                The first line names, in any order: \(columns.joined(separator: ",")); and, if wanted, \(optionalColumns.joined(separator: ",")).
                """)
        }
        return index
    }

    // MARK: - Checking

    /// Checks every row by the rules of `visit log`, the rules against duplicates and a visitor in two places against the
    /// folder's visits and the rows above; any bad row rejects the file, listing every bad row with its line and reason.
    private func check(_ rows: ArraySlice<CSV.Record>, columnIndex: [String: Int], path: String,
                       context: CommandContext) throws -> [CheckedRow] {
        let ledger = context.ledger
        let entryContext = try VisitEntry.Context(context, allowDuplicate: allowDuplicate)
        var recorded: [FinancialYear: VisitsByDay<NamedVisit>] = [:]
        var earlierRows = VisitsByDay<NamedVisit>()
        var checked: [CheckedRow] = []
        var bad: [(line: Int, reason: String)] = []
        for record in rows {
            guard record.fields.count == columnIndex.count else {
                bad.append((record.line, "The row has \(Prose.count(record.fields.count, "value")), but the header names \(columnIndex.count) columns. A value holding a comma must be in double quotes."))
                continue
            }
            let row = ImportedRow(cells: columnIndex.mapValues { record.fields[$0] })
            do {
                let visit = try CustodyVisitEntry.check(try row.typedVisit(), form: .columns, context: entryContext) { span in
                    var overlapping: [NamedVisit] = []
                    for year in Ledger.years(around: span.date) {
                        if recorded[year] == nil {
                            recorded[year] = VisitsByDay(entryContext.named(try ledger.places(in: year)))
                        }
                        overlapping += recorded[year]?.overlapping(span) ?? []
                    }
                    return overlapping + earlierRows.overlapping(span)
                }
                let entry = visit.entry
                let place = VisitPlace(visit: .custody(CustodyVisitID(0)), site: entry.site.id, date: entry.date,
                                       arrived: entry.times.arrived, left: entry.times.left, visitors: entry.visitors.map(\.id))
                earlierRows.add(NamedVisit(name: "the row on line \(record.line)", siteName: entry.site.name, place: place))
                checked.append(CheckedRow(line: record.line, visit: visit))
            } catch let error as ValidationError {
                bad.append((record.line, error.description))
            }
        }
        guard bad.isEmpty else {
            throw ValidationError.rule("""
                \(path) has \(Prose.count(bad.count, "bad row")), so nothing was imported:
                \(bad.map { "  line \($0.line): \($0.reason)" }.joined(separator: "\n"))
                Put them right and import the whole file again.
                """)
        }
        return checked
    }

    // MARK: - Saying what was done

    /// `Imported 153 visits (CV1–CV153) from visits.csv: 150 in 2014/15, 3 in 2015/16.`
    private static func summary(_ visits: [CustodyVisit], byYear: [FinancialYear: [CustodyVisit]], path: String) -> String {
        let ids = visits.count == 1 ? "\(visits[0].id)" : "\(visits[0].id)–\(visits[visits.count - 1].id)"
        let years = byYear.keys.sorted()
        let spread = years.count == 1
            ? (visits.count == 1 ? ", in \(years[0])" : ", all in \(years[0])")
            : ": " + years.map { "\(byYear[$0]?.count ?? 0) in \($0)" }.joined(separator: ", ")
        return "Imported \(Prose.count(visits.count, "visit")) (\(ids)) from \(path)\(spread)."
    }

    /// One warning per volunteer and expired clearance, however many rows name them while it had expired.
    private static func vettingWarnings(_ rows: [CheckedRow]) -> [String] {
        var found: [(expired: VisitRules.ExpiredVetting, lines: [Int])] = []
        for row in rows {
            for expired in row.visit.entry.expiredVetting {
                if let index = found.firstIndex(where: { $0.expired == expired }) {
                    found[index].lines.append(row.line)
                } else {
                    found.append((expired, [row.line]))
                }
            }
        }
        return found.sorted { ($0.expired.visitor.id, $0.expired.clearance.cleared) < ($1.expired.visitor.id, $1.expired.clearance.cleared) }
            .map { expired, lines in
                let visits = lines.count == 1 ? "the visit on line \(lines[0])" : "\(lines.count) of the imported visits, the first on line \(lines[0])"
                return VisitViolation.vettingWarning(expired, before: visits)
            }
    }
}
