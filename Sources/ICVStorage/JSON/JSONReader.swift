import Foundation
import ICVDomain

/// A forward-only reader over a JSON document's bytes: the one place icv's JSON syntax is checked.
///
/// `JSONValue.parse` builds a tree with it; the records of the year files (`JSONReadable`) read their fields with it
/// straight into Swift values, with no tree and no `Decoder` in between, which is what keeps a command quick on a
/// folder of 100,000 visits. Every byte is checked either way, so a file that does not parse is never taken for one
/// that does. Syntax errors are `JSONSyntaxError`s; a value of the wrong kind is a `JSONFieldError`.
package struct JSONReader {
    package let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// How many objects and arrays the reader is inside.
    private var depth = 0
    /// The keys read so far of each object the reader is inside, innermost last: a key twice in one object is refused,
    /// as writing the object again would keep only one of its values.
    private var openKeys: [StringBytes] = []

    /// How deep objects and arrays may nest before the reader gives up on the file.
    private static let maximumDepth = 512

    package init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads a whole document as one value; anything but white space after it is an error.
    package static func read<Value>(_ data: Data, as value: (inout JSONReader) throws -> Value) throws -> Value {
        try data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
            let read = try value(&reader)
            try reader.end()
            return read
        }
    }

    /// What a value is, told from its first byte.
    package enum Kind {
        case object, array, string, number, bool, null

        /// "a string", "an object", for messages.
        package var name: String {
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

    private func failure(_ problem: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: position, problem: problem)
    }

    /// The largest number icv reads: every id, count and hour is bounded well within it, and sums of a national
    /// folder's figures stay far from overflowing.
    package static let largestNumber = 9_999_999_999

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The kind of the next value, after any white space.
    package mutating func nextKind() throws -> Kind {
        skipSpace()
        guard position < bytes.count else { throw failure("unexpected end of file") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'")
        }
    }

    /// Checks that nothing but white space follows the document.
    package mutating func end() throws {
        skipSpace()
        guard position == bytes.count else { throw failure("unexpected text after the end of the document") }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
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

    /// Throws a field error, naming what was expected, unless the next value is of the kind.
    package mutating func expectKind(_ kind: Kind, _ expected: String) throws {
        let found = try nextKind()
        guard found == kind else { throw JSONFieldError(problem: "expected \(expected) but found \(found.name)") }
    }

    // MARK: - Containers

    /// Reads an object, handing each key to `member`, which reads or skips its value; a field error from `member`
    /// gets the key put in front of its path.
    @inline(__always)
    package mutating func readObject(_ member: (inout JSONReader, JSONKey) throws -> Void) throws {
        try expectKind(.object, "an object")
        try enter()
        if take(UInt8(ascii: "}")) { return leave() }
        let firstKey = openKeys.count
        defer { openKeys.removeSubrange(firstKey...) }
        repeat {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure(position < bytes.count ? "expected a quoted key" : "unexpected end of file")
            }
            let keyStart = position
            let keyBytes = try scanString()
            if openKeys[firstKey...].contains(where: { equal($0, keyBytes) }) {
                position = keyStart
                throw failure("the key \"\(text(of: keyBytes))\" appears twice in one object")
            }
            openKeys.append(keyBytes)
            let key = JSONKey(bytes: keyBytes)
            try expect(UInt8(ascii: ":"), "':' after a key")
            do {
                try member(&self, key)
            } catch var error as JSONFieldError {
                error.path.insert(.key(text(of: key)), at: 0)
                throw error
            }
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "',' or '}' in an object")
        leave()
    }

    /// Reads an array, handing each element's index to `element`, which reads or skips it; a field error from
    /// `element` gets the index put in front of its path.
    @inline(__always)
    package mutating func readArray(_ element: (inout JSONReader, Int) throws -> Void) throws {
        try expectKind(.array, "an array")
        try enter()
        if take(UInt8(ascii: "]")) { return leave() }
        var index = 0
        repeat {
            do {
                try element(&self, index)
            } catch var error as JSONFieldError {
                error.path.insert(.index(index), at: 0)
                throw error
            }
            index += 1
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), "',' or ']' in an array")
        leave()
    }

    /// Reads an array, returning its elements and where each one's text starts and ends in the document.
    package mutating func readArrayWithRanges<Element>(_ element: (inout JSONReader) throws -> Element) throws -> (elements: [Element], ranges: [Range<Int>]) {
        var elements: [Element] = []
        var ranges: [Range<Int>] = []
        try readArray { reader, _ in
            reader.skipSpace()
            let start = reader.position
            elements.append(try element(&reader))
            ranges.append(start..<reader.position)
        }
        return (elements, ranges)
    }

    private mutating func enter() throws {
        guard depth < Self.maximumDepth else { throw failure("too deeply nested") }
        depth += 1
        position += 1
    }

    private mutating func leave() {
        depth -= 1
    }

    // MARK: - Values

    /// Steps over the next value, checking its syntax.
    package mutating func skipValue() throws {
        switch try nextKind() {
        case .object: try readObject { reader, _ in try reader.skipValue() }
        case .array: try readArray { reader, _ in try reader.skipValue() }
        case .string: _ = try scanString()
        case .number: _ = try numberRange()
        case .bool, .null: _ = try literal()
        }
    }

    /// `true`, `false` or `null`, whichever is next.
    package mutating func literal() throws -> Bool? {
        let (word, value): (StaticString, Bool?) = switch bytes[position] {
        case UInt8(ascii: "t"): ("true", true)
        case UInt8(ascii: "f"): ("false", false)
        default: ("null", nil)
        }
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count, equal(.plain(position..<position + count), word) else {
            throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'")
        }
        position += count
        return value
    }

    /// Steps over the next value, checking its syntax, and returns its text as the document has it.
    package mutating func valueText() throws -> String {
        skipSpace()
        let start = position
        try skipValue()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// True and steps over it when the next value is `null`.
    package mutating func takeNull() throws -> Bool {
        guard try nextKind() == .null else { return false }
        _ = try literal()
        return true
    }

    /// The text of the number that is next, as written.
    package mutating func numberText() throws -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[try numberRange()]), as: UTF8.self)
    }

    /// The number that is next: `whole` of it when it is written as a whole number of up to nine digits (`12`, `-3`),
    /// read from its bytes, which is the usual case; else `parsed` of its text. A number beyond `largestNumber` either
    /// way is refused where it stands.
    package mutating func number<Value>(whole: (Int) -> Value, parsed: (String) -> Value?) throws -> Value? {
        let range = try numberRange()
        let negative = bytes[range.lowerBound] == UInt8(ascii: "-")
        if let magnitude = ASCIIDigits.number(bytes[(negative ? range.lowerBound + 1 : range.lowerBound)..<range.upperBound]),
           !(negative && magnitude == 0) {
            return whole(negative ? -magnitude : magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if let value = Double(text), value.magnitude > Double(Self.largestNumber) {
            throw JSONSyntaxError(offset: range.lowerBound, problem: "\(text) is more than 9,999,999,999, the largest number icv reads",
                                  kind: .numberOutOfRange)
        }
        return parsed(text)
    }

    /// Steps over the number that is next, checking it, and returns where its text is.
    private mutating func numberRange() throws -> Range<Int> {
        skipSpace()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let firstDigit = position
        guard digits() > 0 else { throw failure("a number needs digits") }
        if bytes[firstDigit] == UInt8(ascii: "0"), position - firstDigit > 1 {
            position = firstDigit
            throw failure("a number cannot start with 0 (write 10, not 010)")
        }
        var isWhole = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            isWhole = false
            guard digits() > 0 else { throw failure("a number needs digits after its point") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            isWhole = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
        let range = start..<position
        if !isWhole || range.count > 9 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            guard Double(text)?.isFinite == true else {
                throw JSONSyntaxError(offset: start, problem: "\(text) is too large to be a number", kind: .numberOutOfRange)
            }
        }
        return range
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
        return position - start
    }

    /// The value the string that is next stands for, made by `parse` from its bytes (its escapes undone) without making a
    /// `String`; when `parse` gives nil, the field error `refused` makes of the string's text.
    package mutating func parseString<Value>(_ parse: (UnsafeBufferPointer<UInt8>) -> Value?,
                                             refused: (String) -> JSONFieldError) throws -> Value {
        let string = try scanString()
        guard let value = withBytes(of: string, parse) else { throw refused(text(of: string)) }
        return value
    }

    /// The string that is next, its quotes removed and its escapes undone.
    package mutating func quotedString() throws -> String {
        text(of: try scanString())
    }

    /// Where a string's bytes are: a run of the document when it has no escapes, which is the usual case, else a copy
    /// with the escapes undone. It holds no pointer, so a string or key kept past the reading cannot point at freed
    /// bytes; the reader alone turns it into bytes.
    enum StringBytes {
        case plain(Range<Int>)
        case escaped([UInt8])
    }

    /// Hands `body` a string's bytes, wherever they are.
    private func withBytes<Result>(of string: StringBytes, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch string {
        case .plain(let range): body(UnsafeBufferPointer(rebasing: bytes[range]))
        case .escaped(let text): text.withUnsafeBufferPointer(body)
        }
    }

    private func text(of string: StringBytes) -> String {
        withBytes(of: string) { String(decoding: $0, as: UTF8.self) }
    }

    private func equal(_ string: StringBytes, _ other: StringBytes) -> Bool {
        withBytes(of: other) { wanted in equal(string, wanted) }
    }

    private func equal(_ string: StringBytes, _ name: StaticString) -> Bool {
        equal(string, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    private func equal(_ string: StringBytes, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        withBytes(of: string) { text in text.count == wanted.count && wanted.indices.allSatisfy { text[$0] == wanted[$0] } }
    }

    /// An object's key as text: for messages, and for keys that are data (a kennel's ratings by area).
    package func text(of key: JSONKey) -> String {
        text(of: key.bytes)
    }

    /// Whether an object's key is `name`, compared byte for byte with no `String` made: `reader.key(key, is: "site")`.
    package func key(_ key: JSONKey, is name: StaticString) -> Bool {
        equal(key.bytes, name)
    }

    /// Steps over the string that is next, checking it, and returns its bytes with the escapes undone.
    private mutating func scanString() throws -> StringBytes {
        skipSpace()
        position += 1
        var run = position
        /// The string so far with its escapes undone; nil while it has none, which is the usual case.
        var unescaped: [UInt8]?
        while true {
            skipPlainWords()
            while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
                let byte = bytes[position]
                guard byte >= 0x20 else { throw failure("a control character inside a string") }
                if byte < 0x80 {
                    position += 1
                } else {
                    // Past a character beyond ASCII, the rest of the string is stepped over a word at a time again.
                    position += try utf8SequenceLength()
                    skipPlainWords()
                }
            }
            guard position < bytes.count else { throw failure("unterminated string") }
            let plainRun = run..<position
            position += 1
            guard bytes[position - 1] == UInt8(ascii: "\\") else {
                guard var text = unescaped else { return .plain(plainRun) }
                text.append(contentsOf: bytes[plainRun])
                return .escaped(text)
            }
            unescaped = (unescaped ?? []) + bytes[plainRun] + (try escape())
            run = position
        }
    }

    /// The bytes the escape after a backslash stands for.
    private mutating func escape() throws -> [UInt8] {
        guard position < bytes.count else { throw failure("unterminated string") }
        let escaped = bytes[position]
        position += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return [escaped]
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "u"): return try unicodeEscape()
        default: throw failure("an unknown escape in a string")
        }
    }

    /// Steps eight bytes at a time over string bytes that are ASCII but neither a quote, a backslash nor a control
    /// character, stopping at the word that holds one (the byte loop after it finds which, and checks UTF-8).
    private mutating func skipPlainWords() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// Whether any byte of the word is zero.
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let raw = UnsafeRawBufferPointer(bytes)
        while position + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let controlOrHigh = ((word &- ones &* 0x20) & ~word | word) & highs != 0
            if controlOrHigh || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) { return }
            position += 8
        }
    }

    /// The length of the UTF-8 sequence of a character beyond ASCII that starts here, refusing bytes that are not UTF-8
    /// (a stray continuation byte, a sequence cut short, an overlong form, a surrogate, beyond U+10FFFF) as RFC 3629
    /// does: the text is never repaired with U+FFFD, which would change it on the next write.
    private func utf8SequenceLength() throws -> Int {
        let lead = bytes[position]
        let (length, second): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: throw failure("a byte that is not UTF-8 inside a string")
        }
        guard position + length <= bytes.count, second.contains(bytes[position + 1]),
              (2..<length).allSatisfy({ (0x80...0xBF).contains(bytes[position + $0]) }) else {
            throw failure("a byte that is not UTF-8 inside a string")
        }
        return length
    }

    /// `\uXXXX`, with a surrogate pair read as one character; returns its UTF-8 bytes.
    private mutating func unicodeEscape() throws -> [UInt8] {
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

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16) else {
            throw failure("\\u needs four hexadecimal digits")
        }
        position += 4
        return code
    }
}

/// An object's key as the file has it, handed to the code reading the object: where it is in the document, not a
/// pointer to it. `JSONReader.key(_:is:)` compares it with a name and `JSONReader.text(of:)` makes its text.
package struct JSONKey {
    fileprivate let bytes: JSONReader.StringBytes
}
