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

/// Words for prose: plurals, lists.
enum Prose {
    /// `1 visit`, `2 visits`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// `Ann Ray and Ben Oke`; `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// `2.5` or `2` for hours.
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
            .replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
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
