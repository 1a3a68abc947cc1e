import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine
import ICVTestSupport

/// icv's own JSON reading and writing gives exactly the text Foundation's `JSONEncoder` gives, and reads it back.
@Suite struct JSONTests {
    private struct Awkward: Codable, Equatable {
        var text: String
        var numbers: [Double]
        var counts: [String: Int]
        var empty: [Int]
        var nothing: [String: Int]
        var missing: Int?
        var present: Int?
        var flag: Bool
        var nested: [[String: [Int]]]
    }

    private let awkward = Awkward(
        text: "q\"\\/\u{1}\u{1f}\u{7f}\t\n\r\u{8}\u{c}é\u{2028}😀 “Cell 3”", numbers: [364, 2.5, 0.1, 1e-7, 96.875, -0.0, 0.9688, 123456789.123, -4],
        counts: ["b": 1, "B": 2, "a10": 3, "a2": 4, "_x": 5, "é": 7], empty: [], nothing: [:], missing: nil, present: 0, flag: true,
        nested: [["x": [1, 2]], [:]])

    private func foundationText<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            .replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
        return Data((text + "\n").utf8)
    }

    @Test("writes what JSONEncoder writes: escapes, numbers, sorted keys, empty containers, absent optionals")
    func sameTextAsFoundation() throws {
        #expect(String(decoding: try JSONCoding.encode(awkward), as: UTF8.self)
            == String(decoding: try foundationText(awkward), as: UTF8.self))
    }

    @Test("reads back what it wrote, and what JSONDecoder reads")
    func roundTrip() throws {
        let data = try JSONCoding.encode(awkward)
        #expect(try JSONValue.parse(data).prettyText == data)
        #expect(try JSONDecoder().decode(Awkward.self, from: data) == awkward)
    }

    /// A parsed document handed to Foundation's `JSONEncoder`, to compare what it writes with what icv writes.
    private struct FoundationDocument: Encodable {
        let value: JSONValue

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(_ text: String) { stringValue = text }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            switch value {
            case .object(let pairs):
                var container = encoder.container(keyedBy: Key.self)
                for (key, value) in pairs { try container.encode(FoundationDocument(value: value), forKey: Key(key)) }
            case .array(let items):
                var container = encoder.unkeyedContainer()
                for item in items { try container.encode(FoundationDocument(value: item)) }
            case .string(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .number(let text):
                var container = encoder.singleValueContainer()
                if let whole = Int(text) { try container.encode(whole) } else { try container.encode(Double(text) ?? .nan) }
            case .bool(let flag):
                var container = encoder.singleValueContainer()
                try container.encode(flag)
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            }
        }
    }

    /// Reads a sample record list file, and checks that writing its records again gives its bytes: the records'
    /// own text kept, every record encoded anew, and what Foundation writes. Returns how many records it held.
    private func checkRoundTrip<Record: StoredRecord>(_ path: String, of type: Record.Type, in store: Store) throws -> Int {
        let data = try #require(try store.read(path))
        let file = try RecordListFile<Record>(reading: data, path: path)
        #expect(file.text(for: file.records) == data, "\(path) kept")
        let encoded = RecordListFile<Record>.none.text(for: file.records)
        #expect(encoded == data, "\(path) encoded")
        #expect(try foundationText(FoundationDocument(value: JSONValue.parse(encoded))) == data, "\(path) as Foundation writes it")
        return file.records.count
    }

    @Test("every file of the sample reads and writes back byte for byte, as Foundation writes it")
    func sampleFiles() throws {
        let store = FolderStore(root: SampleData.leicestershire)
        let ledger = Ledger(store: store)
        var records = 0
        for year in try ledger.years(.visits) {
            records += try checkRoundTrip(DataFile.visits(year).path, of: CustodyVisit.self, in: store)
            records += try checkRoundTrip(DataFile.requests(year).path, of: DetaineeRequest.self, in: store)
        }
        for year in try ledger.years(.issues) {
            records += try checkRoundTrip(DataFile.issues(year).path, of: Issue.self, in: store)
        }
        for year in try ledger.years(.kennelInspections) {
            records += try checkRoundTrip(DataFile.kennelInspections(year).path, of: KennelInspection.self, in: store)
        }
        records += try checkRoundTrip(DataFile.volunteers.path, of: VolunteerRecord.self, in: store)
        let scheme = try ledger.scheme()
        #expect(StoredDocument.text(scheme) == (try ledger.store.read(DataFile.scheme.path)))
        #expect(records > 500)
    }

    @Test("a text that is not JSON is refused at the place it goes wrong", arguments: [
        ("{\"a\": 1,}", "expected a quoted key"), ("[1 2]", "expected ',' or ']' in an array"), ("\"abc", "unterminated string"),
        ("{\"a\": tru}", "unexpected character 't'"), ("[1] x", "unexpected text after the end of the document"),
        ("{\"a\": \"\\q\"}", "an unknown escape in a string"), ("[-]", "a number needs digits"), ("[010]", "a number cannot start with 0 (write 10, not 010)"), ("{\"a\" 1}", "expected ':' after a key"),
    ])
    func syntaxErrors(text: String, problem: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Data(text.utf8)) }
        do {
            _ = try JSONValue.parse(Data(text.utf8))
        } catch let error as JSONSyntaxError {
            #expect(error.problem == problem)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("bytes that are not UTF-8 are refused where they stand, in strings long and short; UTF-8 of every length is read",
          arguments: [[0xFF], [0x80], [0xC3], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8]] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) throws {
        for padding in [0, 3, 11] {
            let prefix = Array(repeating: UInt8(ascii: "a"), count: padding)
            let text = Data([UInt8(ascii: "\""), UInt8(ascii: "\"")]).prefix(1) + Data(prefix + bytes + [UInt8(ascii: "z"), UInt8(ascii: "\"")])
            #expect(throws: JSONSyntaxError(offset: 1 + padding, problem: "a byte that is not UTF-8 inside a string")) {
                try JSONValue.parse(text)
            }
        }
        let valid = "\"é ẞ 😀 \u{80}\""
        #expect(try JSONReader.read(Data(valid.utf8)) { try String(reading: &$0) } == "é ẞ 😀 \u{80}")
    }

    @Test("numbers beyond what icv reads are refused where they stand; the writer never writes a number JSON lacks",
          arguments: [("[1e400]", "1e400 is too large to be a number"), ("[-1e999]", "-1e999 is too large to be a number")])
    func numbersOutOfRange(text: String, problem: String) {
        #expect(throws: JSONSyntaxError(offset: 1, problem: problem, kind: .numberOutOfRange)) { try JSONValue.parse(Data(text.utf8)) }
        #expect(throws: JSONSyntaxError(offset: 1, problem: "12345678901 is more than 9,999,999,999, the largest number icv reads",
                                        kind: .numberOutOfRange)) {
            try JSONReader.read(Data("[12345678901]".utf8)) { try [Int](reading: &$0) }
        }
        for value in [Double.infinity, -Double.infinity, Double.nan] {
            guard case .null = JSONValue.number(value) else {
                Issue.record("\(value) written as a number")
                continue
            }
        }
    }

    @Test("strings are read whole wherever a quote, escape, control character or accent falls in them")
    func stringsAtEveryOffset() throws {
        for offset in 0..<20 {
            let before = String(repeating: "a", count: offset)
            let after = String(repeating: "b", count: 19 - offset)
            for (inside, read) in [("\\\"", "\""), ("\\\\", "\\"), ("é", "é"), ("\\n", "\n")] {
                let text = "[\"\(before)\(inside)\(after)\"]"
                #expect(try JSONReader.read(Data(text.utf8)) { try [String](reading: &$0) } == [before + read + after], "\(text)")
            }
            let control = Data("[\"\(before)\u{1}\(after)\"]".utf8)
            #expect(throws: JSONSyntaxError(offset: 2 + offset, problem: "a control character inside a string")) { try JSONValue.parse(control) }
            let unterminated = Data("[\"\(before)".utf8)
            #expect(throws: JSONSyntaxError(offset: 2 + offset, problem: "unterminated string")) { try JSONValue.parse(unterminated) }
        }
    }

    @Test("numbers are read as written: short whole ones from their digits, others from their text")
    func numbers() throws {
        let whole = try JSONReader.read(Data("[0, 7, -3, 123456789, 1234567890, -9876543210]".utf8)) { try [Int](reading: &$0) }
        #expect(whole == [0, 7, -3, 123_456_789, 1_234_567_890, -9_876_543_210])
        let real = try JSONReader.read(Data("[2, 2.5, -0, 0.1, 1e2, 96.875]".utf8)) { try [Double](reading: &$0) }
        #expect(real == [2, 2.5, 0, 0.1, 100, 96.875])
        #expect(real[2].sign == .minus)
        #expect(throws: JSONFieldError.self) { try JSONReader.read(Data("[2.5]".utf8)) { try [Int](reading: &$0) } }
    }

    @Test("escapes and surrogate pairs are read as the characters they stand for")
    func escapes() throws {
        let text = #"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00"]"#
        #expect(try JSONReader.read(Data(text.utf8)) { try [String](reading: &$0) } == ["a\"b\\c/d\n\té😀"])
    }
}
