import Foundation

/// `icv report annual`: the year's figures for the PCC's annual report.
enum ReportCommand {
    enum Format: String, CaseIterable {
        case markdown, html, csv
    }

    static let command = Command(CommandSpec(
        ["report", "annual"],
        options: [
            .value("year", "YYYY", "The financial year: 2014 or 2014/15 is 1 April 2014 to 31 March 2015.", required: true),
            .value("format", "markdown|html|csv", "markdown (default) or html read as a finished report section; csv writes one file per table."),
            .value("output", "PATH", "Write to this file instead of the screen (for csv: a folder)."),
        ],
        summary: "Compile a financial year's figures for the annual report.",
        discussion: "Counts everything dated inside the year: visits per suite, detainees seen, requests and issues by category, compliance, volunteers, hours and kennel visits.",
        examples: ["icv report annual --year 2014", "icv report annual --year 2014 --format html --output report-2014-15.html"]
    )) { invocation in
        let arguments = invocation.arguments
        let ledger = invocation.ledger
        let year = try arguments.required("year") { try arguments.year($0) }
        let format = try arguments.choice("format", as: Format.self) ?? .markdown
        let scheme = try ledger.scheme()
        let records = YearRecords(
            scheme: scheme, volunteers: try ledger.volunteers(), visits: try ledger.records(.visits, in: year),
            requests: try ledger.records(.requests, in: year), issues: try ledger.records(.issues, in: year),
            kennelInspections: try ledger.records(.kennelInspections, in: year),
            visitDatesBySite: try VisitDates.bySite(in: ledger, from: year.first.adding(days: -7), to: year.last.adding(months: 1)))
        let report = AnnualReportCalculator.report(records, year: year, today: try invocation.today())
        let kennelsInScheme = scheme.sites.contains { $0.kind == .kennels && ($0.opened.map { $0 <= year.last } ?? true) }
        let text = AnnualReportMarkdown.render(report, schemeName: scheme.name, includeKennels: kennelsInScheme)
        guard let output = arguments.string("output") else {
            return try CommandOutput(text: text, json: report)
        }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        try ReportFile.write(Data(text.utf8), to: url)
        return try CommandOutput(text: "Wrote the \(year) annual report to \(url.path).", json: report)
    }
}

/// Writes a report a person asked for, readable by its owner only (it may name volunteers).
enum ReportFile {
    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw StoreError.ioFailure(path: url.path, problem: "the report could not be written")
        }
    }
}
