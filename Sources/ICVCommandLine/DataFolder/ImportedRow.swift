import Foundation
import ICVDomain

/// One data row of a file given to `import visits`, read by column name: a cell left empty counts as not given, a value
/// is read as the flag of `visit log` would read it, and a message names the column.
struct ImportedRow {
    /// The cells by column name (`in_custody`).
    let cells: [String: String]

    /// The visit the row describes, its values read and no rule yet checked.
    func typedVisit() throws -> TypedCustodyVisit {
        let counts = DetaineeCounts(inCustody: try required("in_custody"), notAvailable: try value("not_available") ?? 0,
                                    offered: try required("offered"), spokenTo: try required("spoken_to"))
        let delayReason = text("delay_reason")
        let site: String = try required("site")
        let date: LocalDate = try required("date")
        let times = VisitTimes(arrived: try required("arrived"), left: try required("left"), admitted: try value("admitted"))
        let visitors: String = try required("visitors")
        return TypedCustodyVisit(
            site: site, date: date, times: times,
            visitors: visitors.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            counts: counts, delayReason: delayReason, notes: text("notes"))
    }

    /// Free text: trimmed, nil when empty.
    func text(_ column: String) -> String? {
        cells[column]?.trimmedText
    }

    /// The column's value, nil when its cell is empty, or the rejection naming the column and what it should be.
    func value<Value: ArgumentValue>(_ column: String) throws(ValidationError) -> Value? {
        guard let text = text(column) else { return nil }
        return try Value.parse(text, named: column, invalid: .invalidColumn(column: column, value: text, expected: Value.expectedArgument))
    }

    /// A value every visit needs.
    func required<Value: ArgumentValue>(_ column: String) throws(ValidationError) -> Value {
        guard let value: Value = try value(column) else {
            throw .rule("The \(column) column is empty; every visit needs it.")
        }
        return value
    }
}
