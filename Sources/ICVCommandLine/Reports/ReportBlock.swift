import Foundation
import ICVDomain
import ICVStorage

/// One part of a written report: what Markdown and HTML both render.
public enum ReportBlock: Equatable, Sendable {
    case title(String)
    case subtitle(String)
    case heading(String)
    case paragraph(String)
    /// Columns after the first hold numbers; `total` is a last row set in bold.
    case table(headers: [String], rows: [[String]], total: [String]?)
    /// A chart, drawn in the HTML page only.
    case figure(ReportFigure)
}
