import Foundation
import ICVDomain
import ICVStorage

/// Comma-separated values as RFC 4180 describes them, read and written in one place.
///
/// Writing: a field is quoted when it holds a comma, a double quote or a line break, and a quote inside is doubled;
/// lines end with LF. Reading: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF or
/// LF (the last one may have no line ending); a UTF-8 byte-order mark at the start is skipped; a line with nothing on
/// it is no record. A cell that would start a formula in a spreadsheet is written after an apostrophe, and read
/// without it.
enum CSV {
    /// One record read from a file, with the physical line it starts on, for messages.
    struct Record: Equatable, Sendable {
        let line: Int
        let fields: [String]
    }

    // MARK: - Writing

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a cell, after any apostrophes it starts with, starts as a formula does: such a cell is written with one more
    /// apostrophe in front, which a spreadsheet shows as text, and reading takes exactly that one away again. A cell
    /// that already starts with apostrophes before a formula character gets one more too, so the round trip is exact.
    private static func isGuarded(_ field: some Sequence<Unicode.Scalar>) -> Bool {
        field.first(where: { $0 != "'" }).map(formulaStarts.contains) ?? false
    }

    /// One line of fields, without its line ending. Scalars, not characters, are checked: Swift reads CRLF as one character.
    static func row(_ fields: [String]) -> String {
        fields.map { field in isGuarded(field.unicodeScalars) ? "'" + field : field }.map { field in
            field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// Whole CSV text: one line per row, each ending with LF.
    static func text(_ rows: [[String]]) -> String {
        rows.map { row($0) + "\n" }.joined()
    }

    // MARK: - Reading

    private enum State {
        /// Nothing read of the field yet.
        case fieldStart
        case unquoted
        case quoted
        /// A double quote inside a quoted field: it closes the field, or is the first of a doubled quote.
        case afterQuote
    }

    /// Reads CSV text into records; a stray or unclosed double quote is an error naming the line.
    static func records(in text: String) throws(CSVError) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        /// True until the record has any character, so that an empty line makes no record.
        var emptyRecord = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            // A line break is CRLF, LF, or a lone CR.
            let isBreak = scalar == "\n" || scalar == "\r"
            if isBreak, scalar == "\r", index < scalars.count, scalars[index] == "\n", state != .quoted {
                index += 1
            }
            if state == .quoted {
                if scalar == "\"" {
                    state = .afterQuote
                } else {
                    field.append(scalar)
                    if scalar == "\n" || (scalar == "\r" && (index == scalars.count || scalars[index] != "\n")) { line += 1 }
                }
                continue
            }
            if scalar == "," {
                fields.append(unguarded(field))
                field = String.UnicodeScalarView()
                state = .fieldStart
                emptyRecord = false
                continue
            }
            if isBreak {
                if !emptyRecord {
                    fields.append(unguarded(field))
                    records.append(Record(line: recordLine, fields: fields))
                }
                fields = []
                field = String.UnicodeScalarView()
                state = .fieldStart
                emptyRecord = true
                line += 1
                recordLine = line
                continue
            }
            emptyRecord = false
            switch state {
            case .fieldStart where scalar == "\"":
                state = .quoted
                quoteLine = line
            case .fieldStart, .unquoted:
                guard scalar != "\"" else {
                    throw .strayQuote(line: line)
                }
                field.append(scalar)
                state = .unquoted
            case .afterQuote:
                guard scalar == "\"" else {
                    throw .textAfterClosingQuote(line: line)
                }
                field.append(scalar)
                state = .quoted
            case .quoted:
                break
            }
        }
        if state == .quoted {
            throw .unclosedQuote(line: quoteLine)
        }
        if !emptyRecord {
            fields.append(unguarded(field))
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    /// A cell as read, without the apostrophe writing put before a formula.
    private static func unguarded(_ field: String.UnicodeScalarView) -> String {
        guard field.first == "'", isGuarded(field.dropFirst()) else { return String(field) }
        return String(String.UnicodeScalarView(field.dropFirst()))
    }
}
