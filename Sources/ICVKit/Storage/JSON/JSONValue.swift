import Foundation

/// A parsed JSON document: the form between the bytes of a file and the `Codable` records.
///
/// `icv` reads and writes its own files through this rather than Foundation's coders, which on Linux spend most of a
/// command's time on a year file of 10,000 visits; the text written is byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (the tests compare the two).
indirect enum JSONValue {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number's text as written, converted when a type asks for it.
    case number(String)
    case bool(Bool)
    case null

    /// What the value is, for messages: "a string", "an object".
    var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

// MARK: - Writing

extension JSONValue {
    /// The pretty text: two-space indents, `"key" : value`, keys sorted, `[]` and `{}` when empty, a final newline.
    var prettyText: Data {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(0x0A)
        return Data(output)
    }

    private func write(to output: inout [UInt8], indent: Int) {
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
    private static func writeString(_ text: String, to output: inout [UInt8]) {
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

    /// A number as `JSONEncoder` writes it: a whole one without a decimal point, others in their shortest form.
    static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 1e15 {
            return .number(value == 0 && value.sign == .minus ? "-0" : String(Int64(value)))
        }
        return .number(value.description)
    }
}

// MARK: - Reading

/// Where and why a file is not JSON: the byte offset becomes a line and column in the message.
struct JSONSyntaxError: Error, Equatable {
    let offset: Int
    let problem: String
}

extension JSONValue {
    /// Parses a whole document; anything but white space after it is an error.
    static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            return Result { () throws(JSONSyntaxError) -> JSONValue in try parser.document() }
        }
        return try result.get()
    }
}

/// A recursive-descent parser over the file's bytes.
private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        let value = try self.value(depth: 0)
        skipSpace()
        guard position == bytes.count else { throw failure("unexpected text after the end of the document") }
        return value
    }

    private func failure(_ problem: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: position, problem: problem)
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) {
            position += 1
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < 512 else { throw failure("too deeply nested") }
        skipSpace()
        guard position < bytes.count else { throw failure("unexpected end of file") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'")
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipSpace()
        guard position < bytes.count else { throw failure("unexpected end of file: expected \(what)") }
        guard bytes[position] == byte else { throw failure("expected \(what)") }
        position += 1
    }

    /// True and steps over the byte when it is next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var pairs: [(key: String, value: JSONValue)] = []
        if take(UInt8(ascii: "}")) { return .object(pairs) }
        repeat {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure(position < bytes.count ? "expected a quoted key" : "unexpected end of file")
            }
            let key = try string()
            try expect(UInt8(ascii: ":"), "':' after a key")
            pairs.append((key, try value(depth: depth + 1)))
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "',' or '}' in an object")
        return .object(pairs)
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        if take(UInt8(ascii: "]")) { return .array(items) }
        repeat {
            items.append(try value(depth: depth + 1))
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), "',' or ']' in an array")
        return .array(items)
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let text = Array(word.utf8)
        guard position + text.count <= bytes.count, Array(bytes[position..<position + text.count]) == text else {
            throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'")
        }
        position += text.count
        return value
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.position
            while parser.position < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position]) {
                parser.position += 1
            }
            return parser.position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digits(&self) > 0 else { throw failure("a number needs digits") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw failure("a number needs digits after its point") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw failure("a number needs digits in its exponent") }
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        let start = position
        // The usual case: no escapes, so the bytes are the string.
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { throw failure("a control character inside a string") }
            position += 1
        }
        guard position < bytes.count else { throw failure("unterminated string") }
        var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while bytes[position] == UInt8(ascii: "\\") {
            position += 1
            guard position < bytes.count else { throw failure("unterminated string") }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "u"): text.append(contentsOf: try unicodeEscape())
            default: throw failure("an unknown escape in a string")
            }
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
                guard bytes[position] >= 0x20 else { throw failure("a control character inside a string") }
                text.append(bytes[position])
                position += 1
            }
            guard position < bytes.count else { throw failure("unterminated string") }
        }
        position += 1
        return String(decoding: text, as: UTF8.self)
    }

    /// `\uXXXX`, with a surrogate pair read as one character; returns its UTF-8 bytes.
    private mutating func unicodeEscape() throws(JSONSyntaxError) -> [UInt8] {
        var code = try hexQuad()
        if (0xD800..<0xDC00).contains(code) {
            guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw failure("a lone surrogate in a string")
            }
            position += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a string") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("a lone surrogate in a string") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count,
              let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16) else {
            throw failure("\\u needs four hexadecimal digits")
        }
        position += 4
        return code
    }
}
