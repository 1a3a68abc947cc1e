import Foundation
import ICVDomain
import ICVStorage

/// Renders a report's blocks as Markdown that a compiler can paste in and that reads well in a plain terminal.
public enum AnnualReportMarkdown {
    public static func render(_ blocks: [ReportBlock]) -> String {
        blocks.compactMap { block -> String? in
            switch block {
            case .title(let text): "# \(text)"
            case .subtitle(let text): "_\(text)_"
            case .heading(let text): "## \(text)"
            case .paragraph(let text): text
            case .table(let headers, let rows, let total): table(headers, rows + (total.map { [$0.map { "**\($0)**" }] } ?? []))
            case .figure: nil
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// Columns after the first are numbers, aligned right.
    static func table(_ headers: [String], _ rows: [[String]]) -> String {
        let align = ["---"] + Array(repeating: "---:", count: headers.count - 1)
        return ([headers, align] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
