import Foundation
import ICVDomain
import ICVStorage

/// `icv report annual`: the year's figures for the PCC's annual report.
struct ReportAnnualCommand: ParsableCommand {
    enum Format: String, CaseIterable, ArgumentValue {
        case markdown, html, csv
    }

    static let configuration = CommandConfiguration(
        ["report", "annual"],
        summary: "Compile a financial year's figures for the annual report.",
        discussion: "Counts everything dated inside the year: visits per suite, detainees seen, requests and issues by category, compliance, volunteers, hours and kennel visits. A year not yet over is reported to date: what is counted at the year end (active volunteers, what remained open) is taken at today.",
        examples: ["icv report annual --year 2014", "icv report annual --year 2014 --format html --output report-2014-15.html"])

    @Option(valueName: "YYYY", help: "The financial year: 2014 or 2014/15 is 1 April 2014 to 31 March 2015.") var year: FinancialYear
    @Option(valueName: "markdown|html|csv", help: "markdown (default) or html read as a finished report section; csv writes one file per table.")
    var format: Format?
    @Option(valueName: "PATH", help: "Write to this file instead of the screen (for csv: a folder).") var output: String?

    func run(_ context: CommandContext) throws -> CommandOutput {
        let ledger = context.ledger
        let output = self.output.map(context.url)
        // Without --format, `--output report.html` means HTML.
        let format = self.format ?? (output?.pathExtension.lowercased() == "html" ? .html : .markdown)
        let today = try context.today()
        guard today >= year.first else {
            throw ValidationError.rule("\(year) has not begun: it starts on \(year.first.prose) (today is \(today.prose)). Give a year that has begun.")
        }
        try CheckScope(years: [year], followUps: true, hours: true).require(context, counting: "the \(year) report")
        let scheme = try ledger.scheme()
        let register = try ledger.volunteerRecords()
        let records = YearRecords(
            scheme: scheme, volunteers: register.map(\.volunteer), activities: register.flatMap(\.activities),
            visits: try ledger.records(.visits, in: year),
            requests: try ledger.records(.requests, in: year), issues: try ledger.records(.issues, in: year),
            kennelInspections: try ledger.records(.kennelInspections, in: year),
            visitDatesBySite: try ledger.visitDatesBySite(from: year.first.adding(days: -7), to: year.last.adding(months: 1)))
        let report = AnnualReportCalculator.report(records, year: year, today: today)
        let kennelsInScheme = scheme.sites.contains { $0.kind == .kennels && ($0.opened.map { $0 <= report.asOf } ?? true) }
        let blocks = AnnualReportDocument.blocks(report, schemeName: scheme.name, includeKennels: kennelsInScheme)
        switch format {
        case .markdown, .html:
            let text = format == .html ? AnnualReportHTML.render(blocks, report: report) : AnnualReportMarkdown.render(blocks)
            guard let output else {
                return CommandOutput(text: text, json: report)
            }
            try OutputFile.check(output, as: .file, dataFolder: ledger.store.location)
            try OutputFile.write(Data(text.utf8), to: output)
            return CommandOutput(text: "Wrote the \(year) annual report to \(output.path).", json: report)
        case .csv:
            guard let output else {
                throw ValidationError.rule("--format csv writes one file per table into a folder: add --output DIR.")
            }
            let files = AnnualReportCSV.files(report)
            try OutputFile.check(output, as: .folder(holding: files.map(\.name)), dataFolder: ledger.store.location)
            try FolderStore.makeFolder(output)
            for file in files {
                try OutputFile.write(Data(file.text.utf8), to: output.appendingPathComponent(file.name))
            }
            return CommandOutput(text: "Wrote \(Prose.count(files.count, "CSV file")) for \(year) to \(output.path).", json: report)
        }
    }
}
