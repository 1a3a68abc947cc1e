import Foundation
import ICVDomain
import ICVStorage

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
        let output = arguments.string("output").map(invocation.url)
        // Without --format, `--output report.html` means HTML.
        let format = try arguments.choice("format", as: Format.self) ?? (output?.pathExtension.lowercased() == "html" ? .html : .markdown)
        let scheme = try ledger.scheme()
        let register = try ledger.volunteerRecords()
        let records = YearRecords(
            scheme: scheme, volunteers: register.map(\.volunteer), activities: register.flatMap(\.activities),
            visits: try ledger.records(.visits, in: year),
            requests: try ledger.records(.requests, in: year), issues: try ledger.records(.issues, in: year),
            kennelInspections: try ledger.records(.kennelInspections, in: year),
            visitDatesBySite: try ledger.visitDatesBySite(from: year.first.adding(days: -7), to: year.last.adding(months: 1)))
        let report = AnnualReportCalculator.report(records, year: year, today: try invocation.today())
        let kennelsInScheme = scheme.sites.contains { $0.kind == .kennels && ($0.opened.map { $0 <= year.last } ?? true) }
        let blocks = AnnualReportDocument.blocks(report, schemeName: scheme.name, includeKennels: kennelsInScheme)
        switch format {
        case .markdown, .html:
            let text = format == .html ? AnnualReportHTML.render(blocks, report: report) : AnnualReportMarkdown.render(blocks)
            guard let output else {
                return CommandOutput(text: text, json: report)
            }
            try ReportFile.checkParent(of: output)
            try ReportFile.write(Data(text.utf8), to: output)
            return CommandOutput(text: "Wrote the \(year) annual report to \(output.path).", json: report)
        case .csv:
            guard let output else {
                throw ValidationError.rule("--format csv writes one file per table into a folder: add --output DIR.")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw ValidationError.rule("\(output.path) is a file; --format csv writes one file per table into a folder. Give a folder with --output.")
            }
            try ReportFile.checkParent(of: output)
            try FolderStore.makeFolder(output)
            let files = AnnualReportCSV.files(report)
            for file in files {
                try ReportFile.write(Data(file.text.utf8), to: output.appendingPathComponent(file.name))
            }
            return CommandOutput(text: "Wrote \(Prose.count(files.count, "CSV file")) for \(year) to \(output.path).", json: report)
        }
    }
}

/// Writes a report a person asked for, readable by its owner only (it may name volunteers).
enum ReportFile {
    /// The folder the output goes in must exist: a mistyped path should not be blamed on the disk.
    static func checkParent(of url: URL) throws {
        let parent = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError.rule("There is no folder \(parent.path) to write \(url.lastPathComponent) in. Check --output, or create the folder first.")
        }
    }

    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw StoreError.ioFailure(path: url.path, problem: "the report could not be written")
        }
    }
}
