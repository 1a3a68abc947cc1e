import Foundation
import Testing
@testable import ICVDomain
@testable import ICVStorage
@testable import ICVCommandLine

/// The CSV reader and writer: RFC 4180 quoting, both line endings, and the line each record starts on.
@Suite struct CSVTests {
    struct ReadCase: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// Each record as its starting line and fields.
        let records: [(Int, [String])]
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ records: [(Int, [String])]) {
            self.name = name
            self.text = text
            self.records = records
        }
    }

    static let readCases: [ReadCase] = [
        ReadCase("plain fields, LF", "a,b,c\n1,2,3\n", [(1, ["a", "b", "c"]), (2, ["1", "2", "3"])]),
        ReadCase("CRLF line endings", "a,b\r\n1,2\r\n", [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReadCase("no line ending on the last line", "a,b\n1,2", [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReadCase("no line ending after CRLF lines", "a,b\r\n1,2", [(1, ["a", "b"]), (2, ["1", "2"])]),
        ReadCase("empty fields, at the ends too", ",a,,\n,,,\n", [(1, ["", "a", "", ""]), (2, ["", "", "", ""])]),
        ReadCase("a quoted field with a comma", "\"Smith, J\",2\n", [(1, ["Smith, J", "2"])]),
        ReadCase("doubled quotes inside quotes", "\"She said \"\"no\"\"\",x\n", [(1, ["She said \"no\"", "x"])]),
        ReadCase("a field of one quote", "\"\"\"\"\n", [(1, ["\""])]),
        ReadCase("an empty quoted field", "\"\",a\n", [(1, ["", "a"])]),
        ReadCase("a lone empty quoted field is a record", "a\n\"\"\n", [(1, ["a"]), (2, [""])]),
        ReadCase("LF inside quotes: the next record starts lines later", "\"one\ntwo\nthree\",x\nnext,y\n",
                 [(1, ["one\ntwo\nthree", "x"]), (4, ["next", "y"])]),
        ReadCase("CRLF inside quotes is kept and counted once", "h\r\n\"a\r\nb\",c\r\nd,e\r\n",
                 [(1, ["h"]), (2, ["a\r\nb", "c"]), (4, ["d", "e"])]),
        ReadCase("a byte-order mark at the start is skipped", "\u{FEFF}site,date\nx,y\n", [(1, ["site", "date"]), (2, ["x", "y"])]),
        ReadCase("blank lines make no record but count as lines", "a\n\n\nb\n\n", [(1, ["a"]), (4, ["b"])]),
        ReadCase("spaces are kept as typed", " a , b \n", [(1, [" a ", " b "])]),
        ReadCase("non-ASCII text", "Zoë,“quoted”,é\n", [(1, ["Zoë", "“quoted”", "é"])]),
        ReadCase("a quoted field ending the file without a line ending", "a,\"b\"", [(1, ["a", "b"])]),
        ReadCase("an empty text has no records", "", []),
    ]

    @Test("reads records and the line each starts on", arguments: readCases)
    func reads(_ testCase: ReadCase) throws {
        let records = try CSV.records(in: testCase.text)
        #expect(records.map(\.line) == testCase.records.map(\.0))
        #expect(records.map(\.fields) == testCase.records.map(\.1))
    }

    @Test("malformed text is an error naming the line", arguments: [
        ("a,b\nx,ab\"c\n", CSVError.strayQuote(line: 2)),
        ("a,b\nx,\"abc\"d\n", .textAfterClosingQuote(line: 2)),
        ("a,b\nx,\"abc\" \n", .textAfterClosingQuote(line: 2)),
        ("a,b\nx,y\nz,\"never\nclosed\n", .unclosedQuote(line: 3)),
        ("x\n\"a\nb\"\"\nc,d\n", .unclosedQuote(line: 2)),
    ])
    func malformed(text: String, error: CSVError) {
        #expect(throws: error) { try CSV.records(in: text) }
    }

    @Test("the messages say how to mend the file")
    func messages() {
        #expect(CSVError.strayQuote(line: 3).description.contains("put the whole value in double quotes"))
        #expect(CSVError.unclosedQuote(line: 3).description.contains("never closed"))
        #expect(CSVError.textAfterClosingQuote(line: 3).description.contains("written as two"))
    }

    @Test("the writer quotes only fields that need it, and ends every line with LF")
    func writes() {
        #expect(CSV.text([["a", "b c", "d,e"], ["say \"hi\"", "two\nlines", ""]])
            == "a,b c,\"d,e\"\n\"say \"\"hi\"\"\",\"two\nlines\",\n")
        // Swift reads CRLF as one Character, equal to neither "\r" nor "\n": it must still be quoted.
        #expect(CSV.row(["x\r\ny", "z"]) == "\"x\r\ny\",z")
    }

    @Test("what the writer writes, the reader reads back", arguments: [
        ["plain", "", "with, comma", "with \"quotes\"", "with\nLF", "with\r\nCRLF", "\"", ",", " spaced "],
    ])
    func roundTrip(fields: [String]) throws {
        let records = try CSV.records(in: CSV.text([fields, fields]))
        #expect(records.map(\.fields) == [fields, fields])
        #expect(records.map(\.line) == [1, 4])
    }
}
