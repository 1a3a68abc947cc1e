import Foundation
import ICVDomain
import ICVStorage

/// Words for people: category codes as a report says them, numbers with thousands separators, percentages.
public enum Labels {
    /// `doctor-or-nurse` reads "Doctor or nurse"; a few codes are said differently in the published reports.
    public static func category(_ code: String) -> String {
        switch code {
        case RequestCategory.updateOnDetention.rawValue: return "Update on their position or time of release"
        case RequestCategory.exercise.rawValue: return "Exercise or fresh air"
        default:
            let words = code.replacingOccurrences(of: "-", with: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }

    /// `1,035`.
    public static func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// Why a count beyond `Bounds.count` is refused: "a count is at most 9,999".
    static var countTooLarge: String { "a count is at most \(number(Bounds.count.upperBound))" }

    /// `96.9%`, or `n/a` when there is no fraction.
    public static func percent(_ fraction: Double?) -> String {
        fraction.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
    }

    /// `402.5`, `36.0`: hours to one decimal.
    public static func hours(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
