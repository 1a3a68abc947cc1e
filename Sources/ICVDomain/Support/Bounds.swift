import Foundation

/// The bounds of every number icv takes in, from a flag, a CSV column or a file (SPEC: "Hostile input and faults"). A
/// value beyond them is refused where it is read, so no figure made from it can overflow or trap.
public enum Bounds {
    /// A visit's detainee counts and a kennel inspection's dogs.
    public static let count = 0...9_999
    /// The years of every date and financial year.
    public static let years = 1900...2999
    /// The longest range of dates a command works over, in years.
    public static let longestRangeYears = 100
    /// The numbers of ids (`CV1` to `CV999999999`).
    public static let idNumbers = 1...999_999_999

    /// Why a date or financial year in this year is refused, for a message; nil when it is kept.
    public static func yearProblem(_ year: Int) -> String? {
        years.contains(year) ? nil : "is outside the years icv keeps, \(years.lowerBound) to \(years.upperBound)"
    }
}
