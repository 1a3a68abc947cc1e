import Foundation

/// A value written in files and JSON as one string (`"2014-05-02"`, `"19:40"`, `"CV12"`, `"1/week"`).
public protocol StringCoded: Codable, CustomStringConvertible {
    /// Reads the string form; nil when the text is not of that form.
    init?(_ text: String)
    /// Reads the string form from its UTF-8 bytes, as a file reader has them, without making a `String` first.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>)
    /// What the text should look like, for the message when it does not: "a date (YYYY-MM-DD)".
    static var expectedForm: String { get }
}

extension StringCoded {
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(String(decoding: bytes, as: UTF8.self))
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: container.codingPath,
                                                                    debugDescription: "'\(text)' is not \(Self.expectedForm)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Reading and writing the digits of dates, times and ids from bytes, which is many times quicker than `Character`s
/// when a year file holds 10,000 visits.
package enum ASCIIDigits {
    /// The number the bytes spell in decimal digits only; nil for anything else, or nothing, or more than 9 digits.
    package static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `7` as `07` for a width of 2.
    package static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
