import Foundation
import ICVDomain
import ICVStorage

/// A plain-text table with aligned columns: text to the left, numbers to the right.
struct Table {
    let headers: [String]
    var rows: [[String]] = []
    /// Columns whose cells are aligned to the right.
    let numeric: Set<Int>

    init(_ headers: [String], numeric: Set<Int> = []) {
        self.headers = headers
        self.numeric = numeric
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table and a count line (`153 visits.`), or `whenEmpty` when there are no rows.
    func listing(_ noun: String, whenEmpty: String) -> String {
        rows.isEmpty ? whenEmpty : rendered + "\n\n" + Prose.count(rows.count, noun) + "."
    }

    var rendered: String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trailingSpaceTrimmed
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    /// The text without the spaces at its end: a table's last column is not padded out.
    var trailingSpaceTrimmed: String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
