import Foundation
import ICVDomain
import ICVStorage

/// What a command shows: text for a person, one JSON document for `--json`, warnings for stderr, and the exit code.
struct CommandOutput {
    var text: String
    /// The JSON document, made only when `--json` asks for it: a list of 1,500 volunteers takes longer to encode
    /// than to read.
    let json: () throws -> JSONValue
    var warnings: [String]
    /// 0, or 1 when the output itself reports a problem (`icv check` finding something wrong).
    var exitCode: Int32
    /// Whether the text is data to be kept byte for byte (CSV), not text for a person, whose control characters are
    /// shown escaped.
    var isData = false

    /// Output whose JSON is a report's figures (`Encodable`).
    init<Value: Encodable>(text: String, json value: Value, warnings: [String] = [], exitCode: Int32 = 0) {
        self.init(text: text, jsonValue: { try JSONCoding.value(of: value) }, warnings: warnings, exitCode: exitCode)
    }

    /// Output whose JSON is records as their files hold them: a visit, a list of volunteers.
    init(text: String, records value: some JSONWritable, warnings: [String] = []) {
        self.init(text: text, jsonValue: { value.json }, warnings: warnings, exitCode: 0)
    }

    init(text: String, jsonValue: @escaping () throws -> JSONValue, warnings: [String], exitCode: Int32) {
        self.text = text
        self.json = jsonValue
        self.warnings = warnings
        self.exitCode = exitCode
    }
}
