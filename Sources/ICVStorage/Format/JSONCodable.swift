import Foundation
import ICVDomain

/// A value as icv's files hold it: read straight from the bytes (`JSONReadable`) and written as a `JSONValue`.
package protocol JSONCodable: JSONReadable, JSONWritable, Sendable {}

extension String: JSONCodable {
    package var json: JSONValue { .string(self) }
}

extension Int: JSONCodable {
    package var json: JSONValue { .number(String(self)) }
}

extension Double: JSONCodable {
    package var json: JSONValue { JSONValue.number(self) }
}

extension Bool: JSONCodable {
    package var json: JSONValue { .bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    package var json: JSONValue { .array(map(\.json)) }
}

extension Array: JSONCodable where Element: JSONCodable {}

extension JSONWritable where Self: StringCoded {
    /// Dates, times, ids and targets as their text: `"2014-05-02"`.
    package var json: JSONValue { .string(description) }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
    /// A status or category as its name: `"referred"`.
    package var json: JSONValue { .string(rawValue) }
}

extension LocalDate: JSONCodable {
    /// A date in the years icv keeps (1900 to 2999): one beyond them would have no financial year to go in.
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.string, "a string")
        self = try reader.parseString({ LocalDate(utf8: $0).flatMap { Bounds.years.contains($0.year) ? $0 : nil } }) { text in
            JSONFieldError(problem: "'\(text)' " + (LocalDate(text).flatMap { Bounds.yearProblem($0.year) } ?? "is not \(LocalDate.expectedForm)"))
        }
    }
}

extension TimeOfDay: JSONCodable {}
extension RecordID: JSONCodable {}
extension Target: JSONCodable {}
extension VisitReference: JSONCodable {}
extension SchemeKind: JSONCodable {}
extension Site.Kind: JSONCodable {}
extension VolunteerStatus: JSONCodable {}
extension Activity.Kind: JSONCodable {}
extension DetaineeRequest.Status: JSONCodable {}
extension RequestCategory: JSONCodable {}
extension Issue.Category: JSONCodable {}
extension Issue.Status: JSONCodable {}
extension KennelInspection.Rating: JSONCodable {}
