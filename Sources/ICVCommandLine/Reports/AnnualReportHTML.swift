import Foundation
import ICVDomain
import ICVStorage

/// Renders a report as one self-contained HTML page: its own styles, inline SVG charts, no scripts or outside files.
public enum AnnualReportHTML {
    static let met = "#2e7d32", missed = "#c62828", closed = "#9e9e9e", noTarget = "#eceff1", pending = "#b3c7e6"
    static let ink = "#1f2933", bar = "#1d4f91"

    public static func render(_ blocks: [ReportBlock], report: AnnualReport) -> String {
        let title = blocks.compactMap { block -> String? in if case .title(let text) = block { text } else { nil } }.first ?? "Annual report"
        let body = blocks.map { block -> String in
            switch block {
            case .title(let text): "<h1>\(escape(text))</h1>"
            case .subtitle(let text): "<p class=\"subtitle\">\(escape(text))</p>"
            case .heading(let text): "<h2>\(escape(text))</h2>"
            case .paragraph(let text): "<p>\(escape(text))</p>"
            case .table(let headers, let rows, let total): table(headers, rows, total: total)
            case .figure(let figure): self.figure(figure, report: report)
            }
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>
            body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: \(ink); max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
            h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
            h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid \(bar); padding-bottom: 0.2rem; }
            .subtitle { color: #52606d; margin-top: 0; }
            table { border-collapse: collapse; margin: 1rem 0; min-width: 50%; }
            th, td { padding: 0.25rem 0.75rem; border-bottom: 1px solid #cbd2d9; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            th { background: #f0f4f8; }
            tfoot td { font-weight: bold; border-top: 2px solid \(ink); }
            figure { margin: 1.5rem 0; break-inside: avoid; page-break-inside: avoid; }
            figcaption { font-weight: bold; margin-bottom: 0.5rem; }
            svg { max-width: 100%; height: auto; font-family: inherit; }
            @page { size: A4; margin: 18mm; }
            @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { break-after: avoid; } table { break-inside: avoid; } }
            </style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func table(_ headers: [String], _ rows: [[String]], total: [String]?) -> String {
        func row(_ cells: [String], tag: String) -> String {
            "<tr>" + cells.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined() + "</tr>"
        }
        var html = "<table>\n<thead>\(row(headers, tag: "th"))</thead>\n<tbody>\n"
        html += rows.map { row($0, tag: "td") }.joined(separator: "\n")
        html += "\n</tbody>"
        if let total { html += "\n<tfoot>\(row(total, tag: "td"))</tfoot>" }
        return html + "\n</table>"
    }

    // MARK: - Charts

    static func figure(_ figure: ReportFigure, report: AnnualReport) -> String {
        switch figure {
        case .visitsByMonth: visitsByMonth(report)
        case .complianceGrid: complianceGrid(report)
        case .requestsByCategory: requestsByCategory(report)
        case .slotGrids: slotGrids(report)
        }
    }

    /// A figure holding one SVG with a title and a description read out in place of the picture.
    static func svg(caption: String, description: String, width: Int, height: Int, _ content: String) -> String {
        let id = caption.lowercased().filter { $0.isLetter || $0.isNumber }
        return """
            <figure>
            <figcaption id="\(id)-title">\(escape(caption))</figcaption>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" aria-labelledby="\(id)-title \(id)-desc">
            <title>\(escape(caption))</title>
            <desc id="\(id)-desc">\(escape(description))</desc>
            \(content)
            </svg>
            </figure>
            """
    }

    static func text(_ x: Double, _ y: Double, _ value: String, anchor: String = "start", size: Int = 12, weight: String = "normal",
                     fill: String = ink) -> String {
        "<text x=\"\(format(x))\" y=\"\(format(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(escape(value))</text>"
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String) -> String {
        "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(width))\" height=\"\(format(height))\" fill=\"\(fill)\"/>"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static let monthLetters = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]

    /// Small multiples: a row of twelve monthly bars for each custody suite, on one scale.
    static func visitsByMonth(_ report: AnnualReport) -> String {
        let sites = report.custodyVisits.byMonth.filter { $0.months.contains { $0 > 0 } }
        guard !sites.isEmpty else { return "" }
        let most = max(1, sites.flatMap(\.months).max() ?? 1)
        let rowHeight = 92.0, labelWidth = 130.0, barWidth = 36.0, barArea = 40.0
        var content = ""
        for (row, site) in sites.enumerated() {
            let top = Double(row) * rowHeight
            let base = top + 30 + barArea
            content += text(0, base, site.site, weight: "bold")
            for (index, count) in site.months.enumerated() {
                let height = Double(count) / Double(most) * barArea
                let x = labelWidth + Double(index) * (barWidth + 6)
                content += rect(x, base - height, barWidth, max(height, 0.5), fill: bar)
                content += text(x + barWidth / 2, base - height - 4, String(count), anchor: "middle", size: 10)
                content += text(x + barWidth / 2, base + 13, monthLetters[index], anchor: "middle", size: 10)
            }
        }
        let description = sites.map { site in
            "\(site.site): " + zip(monthLetters, site.months).map { "\($0) \($1)" }.joined(separator: ", ")
        }.joined(separator: ". ")
        return svg(caption: "Visits per custody suite per month, \(report.financialYear)", description: description,
                   width: Int(labelWidth + 12 * (barWidth + 6)), height: Int(Double(sites.count) * rowHeight), content)
    }

    /// A cell per week (or month) per site, coloured met, missed or closed.
    static func complianceGrid(_ report: AnnualReport) -> String {
        let sites = report.compliance.filter { !$0.periods.isEmpty }
        guard !sites.isEmpty else { return "" }
        let labelWidth = 130.0, cell = 10.0, gap = 2.0, rowHeight = 22.0
        let columns = sites.map(\.periods.count).max() ?? 0
        var content = ""
        for (row, site) in sites.enumerated() {
            let y = Double(row) * rowHeight + 4
            content += text(0, y + cell, site.site)
            let width = Double(columns) / Double(site.periods.count) * (cell + gap) - gap
            for (index, outcome) in site.periods.enumerated() {
                let colour = switch outcome.state {
                case .met: met
                case .missed: missed
                case .closed: closed
                case .noTarget: noTarget
                case .pending: pending
                }
                content += rect(labelWidth + Double(index) * (width + gap), y, width, cell + 4, fill: colour)
            }
        }
        let legendY = Double(sites.count) * rowHeight + 16
        for (index, (label, colour)) in [("Met", met), ("Missed", missed), ("Closed", closed), ("No target", noTarget), ("Not over yet", pending)].enumerated() {
            let x = labelWidth + Double(index) * 110
            content += rect(x, legendY - 10, 12, 12, fill: colour) + text(x + 18, legendY, label)
        }
        let description = sites.map { site in
            var sentence = site.periodsDue == 0 ? "\(site.site): no \(site.periodUnit)s due"
                : "\(site.site): \(site.periodsMet) of \(site.periodsDue) due periods met"
            if !site.missed.isEmpty { sentence += "; missed \(site.missed.map(\.prose).joined(separator: ", "))" }
            if site.periodsClosed > 0 { sentence += "; closed for \(Prose.count(site.periodsClosed, site.periodUnit))" }
            return sentence
        }.joined(separator: ". ")
        let units = Set(sites.map(\.periodUnit))
        let periods = units.count > 1 ? "Weeks and months" : units.contains("month") ? "Months" : "Weeks"
        return svg(caption: "\(periods) met, missed and closed, \(report.financialYear)", description: description,
                   width: Int(labelWidth + Double(columns) * (cell + gap)), height: Int(legendY + 8), content)
    }

    /// Horizontal bars, longest first.
    static func requestsByCategory(_ report: AnnualReport) -> String {
        let rows = report.requests.byCategory.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        guard let most = rows.first?.value, most > 0 else { return "" }
        let labelWidth = 290.0, barArea = 330.0, rowHeight = 24.0
        var content = ""
        for (index, (category, count)) in rows.enumerated() {
            let y = Double(index) * rowHeight
            let width = Double(count) / Double(most) * barArea
            content += text(labelWidth - 8, y + 15, Labels.category(category), anchor: "end")
            content += rect(labelWidth, y + 4, width, 15, fill: bar)
            content += text(labelWidth + width + 6, y + 16, Labels.number(count))
        }
        let description = rows.map { "\(Labels.category($0.key)) \($0.value)" }.joined(separator: ", ")
        return svg(caption: "Requests by category, \(report.financialYear)", description: description,
                   width: Int(labelWidth + barArea + 40), height: Int(Double(rows.count) * rowHeight + 6), content)
    }

    /// For each suite, seven days by five parts of the day: darker where more visits began.
    static func slotGrids(_ report: AnnualReport) -> String {
        let suites = report.visitTiming.slotCoverage.filter { $0.slotsCovered > 0 }
        guard !suites.isEmpty else { return "" }
        let most = max(1, suites.flatMap { $0.grid.joined() }.max() ?? 1)
        let cell = 30.0, labelWidth = 34.0, blockWidth = labelWidth + 5 * cell + 16, blockHeight = 34.0 + 7 * cell + 16, perRow = 4
        var content = ""
        for (index, suite) in suites.enumerated() {
            let left = Double(index % perRow) * blockWidth
            let header = Double(index / perRow) * blockHeight + 34
            content += text(left, header - 22, "\(suite.site) (\(suite.slotsCovered) of \(suite.slots))", weight: "bold")
            for (column, band) in TimeBand.allCases.enumerated() {
                content += text(left + labelWidth + Double(column) * cell + cell / 2, header - 6, band.shortName,
                                anchor: "middle", size: 9)
            }
            for (row, day) in Weekday.allCases.enumerated() {
                let y = header + Double(row) * cell
                content += text(left, y + cell / 2 + 4, day.shortName, size: 11)
                for (column, count) in suite.grid[row].enumerated() {
                    let x = left + labelWidth + Double(column) * cell
                    let shade = count == 0 ? "#ffffff" : "rgba(29,79,145,\(format(0.2 + 0.8 * Double(count) / Double(most))))"
                    content += "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(cell - 2))\" height=\"\(format(cell - 2))\" fill=\"\(shade)\" stroke=\"#cbd2d9\"/>"
                    if count > 0 {
                        content += text(x + (cell - 2) / 2, y + cell / 2 + 3, String(count), anchor: "middle", size: 10,
                                        fill: Double(count) / Double(most) > 0.5 ? "#ffffff" : ink)
                    }
                }
            }
        }
        let description = suites.map { "\($0.site) covered \($0.slotsCovered) of \($0.slots) slots" }.joined(separator: "; ")
            + ". Parts of the day: " + TimeBand.allCases.map { "\($0.rawValue) \($0.hours)" }.joined(separator: ", ") + "."
        let rows = (suites.count + perRow - 1) / perRow
        return svg(caption: "Visits by day and time of arrival, \(report.financialYear)", description: description,
                   width: Int(Double(min(suites.count, perRow)) * blockWidth), height: Int(Double(rows) * blockHeight), content)
    }
}
