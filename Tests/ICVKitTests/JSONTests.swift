import Foundation
import Testing
@testable import ICVKit
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
        #expect(try JSONCoding.decode(Awkward.self, from: data, path: "f") == awkward)
        #expect(try JSONDecoder().decode(Awkward.self, from: data) == awkward)
    }

    @Test("every file of the sample reads and writes back byte for byte, as Foundation reads and writes it")
    func sampleFiles() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/leicestershire")
        let ledger = Ledger(store: FolderStore(root: sample))
        var checked = 0
        for year in try ledger.years(.visits) {
            let visits = try ledger.records(.visits, in: year)
            let data = try #require(try ledger.store.read(DataFile.visits(year).path))
            #expect(try JSONCoding.encode(VersionedFile(RecordList(visits))) == data)
            #expect(try foundationText(VersionedFile(RecordList(visits))) == data)
            #expect(try JSONDecoder().decode(VersionedFile<RecordList<CustodyVisit>>.self, from: data).body.records == visits)
            checked += 1
        }
        let volunteers = try ledger.volunteers()
        #expect(try JSONCoding.encode(VersionedFile(RecordList(volunteers))) == (try ledger.store.read(DataFile.volunteers.path)))
        let scheme = try ledger.scheme()
        #expect(try JSONCoding.encode(VersionedFile(scheme)) == (try ledger.store.read(DataFile.scheme.path)))
        #expect(checked == 2)
    }

    @Test("a text that is not JSON is refused at the place it goes wrong", arguments: [
        ("{\"a\": 1,}", "expected a quoted key"), ("[1 2]", "expected ',' or ']' in an array"), ("\"abc", "unterminated string"),
        ("{\"a\": tru}", "unexpected character 't'"), ("[1] x", "unexpected text after the end of the document"),
        ("{\"a\": \"\\q\"}", "an unknown escape in a string"), ("[-]", "a number needs digits"), ("{\"a\" 1}", "expected ':' after a key"),
    ])
    func syntaxErrors(text: String, problem: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(Data(text.utf8)) }
        do {
            _ = try JSONValue.parse(Data(text.utf8))
        } catch {
            #expect(error.problem == problem)
        }
    }

    @Test("escapes and surrogate pairs are read as the characters they stand for")
    func escapes() throws {
        let text = #"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00"]"#
        #expect(try JSONCoding.decode([String].self, from: Data(text.utf8), path: "f") == ["a\"b\\c/d\n\té😀"])
    }
}
