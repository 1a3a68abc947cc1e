import Foundation
import ICVDomain

/// A parsed JSON document: the form between the bytes of a file and the `Codable` records.
///
/// `icv` reads and writes its own files through this rather than Foundation's coders, which on Linux spend most of a
/// command's time on a year file of 10,000 visits; the text written is byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (the tests compare the two).
package indirect enum JSONValue {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number's text as written, converted when a type asks for it.
    case number(String)
    case bool(Bool)
    case null

    /// What the value is, for messages: "a string", "an object".
    package var kindName: String {
        let kind: JSONReader.Kind = switch self {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: .number
        case .bool: .bool
        case .null: .null
        }
        return kind.name
    }
}

// MARK: - Writing

extension JSONValue {
    /// The pretty text: two-space indents, `"key" : value`, keys sorted, `[]` and `{}` when empty, a final newline.
    package var prettyText: Data {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(0x0A)
        return Data(output)
    }

    /// The value on one line, keys sorted and no spaces, as `JSONEncoder` writes it with `[.sortedKeys,
    /// .withoutEscapingSlashes]`: a line of `audit.jsonl`.
    package var compactText: String {
        var output: [UInt8] = []
        writeCompact(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func writeCompact(to output: inout [UInt8]) {
        switch self {
        case .object(let pairs):
            output.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(pair.key, to: &output)
                output.append(UInt8(ascii: ":"))
                pair.value.writeCompact(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.writeCompact(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .string, .number, .bool, .null:
            write(to: &output, indent: 0)
        }
    }

    /// Writes the value as it stands at `indent` levels in, without a final newline.
    package func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { return output.append(contentsOf: Array("{}".utf8)) }
            output.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.sorted(by: { $0.key < $1.key }).enumerated() {
                output.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                Self.pad(&output, indent + 1)
                Self.writeString(pair.key, to: &output)
                output.append(contentsOf: Array(" : ".utf8))
                pair.value.write(to: &output, indent: indent + 1)
            }
            output.append(0x0A)
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: Array("[]".utf8)) }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                output.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                Self.pad(&output, indent + 1)
                item.write(to: &output, indent: indent + 1)
            }
            output.append(0x0A)
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .string(let text):
            Self.writeString(text, to: &output)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        }
    }

    private static func pad(_ output: inout [UInt8], _ indent: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// Quotes and escapes as `JSONEncoder` does: `"` and `\`, the named control characters, others as `\u00XX`.
    package static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A number as `JSONEncoder` writes it: a whole one without a decimal point, others in their shortest form. JSON
    /// has no infinity or NaN, so one is written as `null`: icv never writes a number it could not read back (and
    /// none reaches here, since reading refuses them and every number typed is bounded).
    package static func number(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        if value == value.rounded(), abs(value) < 1e15 {
            return .number(value == 0 && value.sign == .minus ? "-0" : String(Int64(value)))
        }
        return .number(value.description)
    }
}

// MARK: - Reading

extension JSONValue {
    /// Parses a whole document; anything but white space after it is an error. Throws `JSONSyntaxError`.
    package static func parse(_ data: Data) throws -> JSONValue {
        try JSONReader.read(data) { reader in try JSONValue(reading: &reader) }
    }
}

extension JSONValue: JSONReadable {
    package init(reading reader: inout JSONReader) throws {
        switch try reader.nextKind() {
        case .object:
            var pairs: [(key: String, value: JSONValue)] = []
            try reader.readObject { reader, key in pairs.append((reader.text(of: key), try JSONValue(reading: &reader))) }
            self = .object(pairs)
        case .array:
            var items: [JSONValue] = []
            try reader.readArray { reader, _ in items.append(try JSONValue(reading: &reader)) }
            self = .array(items)
        case .string:
            self = .string(try reader.quotedString())
        case .number:
            self = .number(try reader.numberText())
        case .bool, .null:
            self = try reader.literal().map(JSONValue.bool) ?? .null
        }
    }
}
