import Foundation
import ICVDomain

/// A value read straight from a file's bytes by a `JSONReader`: the records of the year files and what they hold.
/// A value of the wrong kind or form throws a `JSONFieldError` saying what was expected.
package protocol JSONReadable {
    init(reading reader: inout JSONReader) throws
}

extension String: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.string, "a string")
        self = try reader.quotedString()
    }
}

extension Int: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.number, "a whole number")
        guard let number = try reader.number(whole: { $0 }, parsed: { Int($0) }) else {
            throw JSONFieldError(problem: "expected a whole number but found a number")
        }
        self = number
    }
}

extension Double: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.number, "a number")
        guard let number = try reader.number(whole: Double.init, parsed: { Double($0) }) else {
            throw JSONFieldError(problem: "expected a number but found a number out of range")
        }
        self = number
    }
}

extension Bool: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.bool, "true or false")
        self = try reader.literal() ?? false
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        var elements: [Element] = []
        try reader.readArray { reader, _ in elements.append(try Element(reading: &reader)) }
        self = elements
    }
}

extension Optional: JSONReadable where Wrapped: JSONReadable {
    /// Nil for `null`; a field left out is nil too, by the record that reads it.
    package init(reading reader: inout JSONReader) throws {
        self = try reader.takeNull() ? nil : Wrapped(reading: &reader)
    }
}

extension JSONReadable where Self: StringCoded {
    /// Dates, times and ids from their text: `"2014-05-02"`.
    package init(reading reader: inout JSONReader) throws {
        try reader.expectKind(.string, "a string")
        self = try reader.parseString(Self.init(utf8:)) { text in JSONFieldError(problem: "'\(text)' is not \(Self.expectedForm)") }
    }
}

extension JSONReadable where Self: RawRepresentable & CaseIterable, RawValue == String {
    /// A status or category from its name: `"referred"`.
    package init(reading reader: inout JSONReader) throws {
        let text = try String(reading: &reader)
        guard let value = Self(rawValue: text) else {
            throw JSONFieldError(problem: "'\(text)' is not one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = value
    }
}

extension Optional {
    /// The value of a field a record must have, or the error saying it is missing.
    package func required(_ key: String) throws -> Wrapped {
        guard let self else { throw JSONFieldError.missing(key) }
        return self
    }
}
