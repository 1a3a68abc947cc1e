import Foundation
import ICVDomain
import ICVStorage

/// Where a visit's values were typed, so that a rejection names what to correct: the flags of `visit log` and
/// `kennel log`, or the columns of a file given to `import visits`.
public enum EntryForm: Sendable {
    case flags
    case columns

    /// `--in-custody` for a flag, `in_custody` for a column.
    public func name(_ field: String) -> String {
        switch self {
        case .flags: "--" + field
        case .columns: field.replacingOccurrences(of: "-", with: "_")
        }
    }

    /// `Check --arrived and --left.` or `Check the arrived and left columns.`
    func check(_ fields: String...) -> String {
        let names = Prose.list(fields.map(name))
        switch self {
        case .flags: return "Check \(names)."
        case .columns: return "Check the \(names) column\(fields.count == 1 ? "" : "s")."
        }
    }

    /// `with --visitors` or `in the visitors column`.
    func place(_ field: String) -> String {
        switch self {
        case .flags: "with \(name(field))"
        case .columns: "in the \(name(field)) column"
        }
    }

    /// What separates several visitors: a comma in `--visitors`; a semicolon in a CSV cell, where commas separate cells.
    var separator: Character { self == .flags ? "," : ";" }

    var separatorName: String { self == .flags ? "commas" : "semicolons" }
}
