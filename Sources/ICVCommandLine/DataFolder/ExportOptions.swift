import Foundation
import ICVDomain
import ICVStorage

/// `--format csv` and `--output FILE`, which every `icv export` takes, and the writing of the CSV they ask for.
struct ExportOptions: ParsableInputs {
    /// What every export's help adds to its own discussion.
    static let discussion = "\nCSV as RFC 4180 asks: a value holding a comma, a quote or a line break is put in double quotes; lines end with LF. With --json the records are printed as JSON instead."

    @Option(valueName: "csv", help: "The format to write: csv is the only one, asked for so that a script says what it expects.")
    var format: String
    @Option(valueName: "FILE", help: "Write to this file, readable by you only, instead of the screen.") var output: String?

    /// The CSV of a header and rows, on the screen or in `--output`; `records` is what `--json` prints instead, and `noun`
    /// what a row is (`visit`).
    func write(header: [String], rows: [[String]], records: some JSONWritable, noun: String,
               command: CommandConfiguration, context: CommandContext) throws -> CommandOutput {
        guard format.lowercased() == "csv" else {
            throw ValidationError.invalidValue(flag: "format", value: format,
                                               expected: "csv, the only format `icv \(command.words.joined(separator: " "))` writes")
        }
        let output = self.output.map(context.url)
        if let output { try OutputFile.check(output, as: .file, dataFolder: context.ledger.store.location) }
        let text = CSV.text([header] + rows)
        guard let output else {
            var data = CommandOutput(text: text, records: records)
            data.isData = true
            return data
        }
        try OutputFile.write(Data(text.utf8), to: output)
        return CommandOutput(text: "Wrote \(Prose.count(rows.count, noun)) to \(output.path).", records: records)
    }
}
