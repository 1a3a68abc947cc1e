import Foundation
import ICVDomain
import ICVStorage

/// Text that is not well-formed CSV, with the line where it goes wrong and how to mend it.
enum CSVError: Error, Equatable, CustomStringConvertible {
    /// A double quote inside a value that does not start with one.
    case strayQuote(line: Int)
    /// A quoted value that is never closed; the line is where it opens.
    case unclosedQuote(line: Int)
    /// Something other than a comma or line break after a quoted value's closing quote.
    case textAfterClosingQuote(line: Int)

    var line: Int {
        switch self {
        case .strayQuote(let line), .unclosedQuote(let line), .textAfterClosingQuote(let line): line
        }
    }

    var description: String {
        switch self {
        case .strayQuote:
            "a double quote inside a value that does not start with one; put the whole value in double quotes and write the quote inside as two (\"\")"
        case .unclosedQuote:
            "a value opens with a double quote that is never closed; add the closing quote"
        case .textAfterClosingQuote:
            "text follows the closing double quote of a value; a quote inside a quoted value is written as two (\"\")"
        }
    }
}
