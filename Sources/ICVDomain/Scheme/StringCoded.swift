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
