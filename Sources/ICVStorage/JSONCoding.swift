import Foundation
import ICVDomain

/// The one place that makes icv's JSON: the schema version, the text of a command's `--json` output, and reading a whole
/// data file with failures turned into messages naming the file and the line, column or field.
public enum JSONCoding {
    /// The schema version this program reads and writes.
    public static let schemaVersion = 1

    /// Encodes a value as the pretty, sorted, newline-terminated text used in files and on stdout: what `JSONEncoder`
    /// writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, with `[]` and `{}` kept on one line.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try JSONValueEncoder.encode(value).prettyText
    }

    /// An `Encodable` value (a report's figures) as a `JSONValue`, to be written as `encode` writes it.
    package static func value<T: Encodable>(of value: T) throws -> JSONValue {
        try JSONValueEncoder.encode(value)
    }

    /// Thrown from inside reading a file whose `schemaVersion` is newer than this icv's, and given the file's path.
    struct NewerSchema: Error {
        let version: Int
    }

    /// Reads a whole data file with `read`. A syntax error anywhere, then a missing or newer `schemaVersion`, are
    /// reported before a bad value met first; every failure is a `StoreError` naming `path`.
    static func readFile<Value>(_ data: Data, path: String, _ read: (inout JSONReader) throws -> Value) throws(StoreError) -> Value {
        do {
            return try JSONReader.read(data, as: read)
        } catch let error as JSONSyntaxError {
            throw syntaxError(error, in: data, path: path)
        } catch let newer as NewerSchema {
            throw StoreError.newerSchema(path: path, version: newer.version)
        } catch let error as JSONFieldError {
            throw explain(error, in: data, path: path)
        } catch {
            throw StoreError.invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
    }

    /// The error for a value that would not read, unless the whole file says something more basic: a syntax error
    /// further on, a missing schema version or a newer one.
    private static func explain(_ error: JSONFieldError, in data: Data, path: String) -> StoreError {
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch let syntax as JSONSyntaxError {
            return syntaxError(syntax, in: data, path: path)
        } catch {
            return .invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
        let problem = StoreError.invalidContent(path: path, field: error.field, problem: error.problem)
        guard case .object(let pairs) = document else { return problem }
        guard let version = pairs.first(where: { $0.key == "schemaVersion" })?.value else {
            return .invalidContent(path: path, field: "schemaVersion", problem: "the field is missing")
        }
        if case .number(let text) = version, let number = Int(text), number > schemaVersion {
            return .newerSchema(path: path, version: number)
        }
        return problem
    }

    /// Where the JSON first goes wrong, as a line and column (counting characters, not bytes) for a person to find.
    static func syntaxError(_ error: JSONSyntaxError, in data: Data, path: String) -> StoreError {
        let offset = min(error.offset, data.count)
        let problem = error.problem
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        switch error.kind {
        case .syntax: return .unreadable(path: path, line: line, column: column, problem: problem)
        case .numberOutOfRange: return .numberOutOfRange(path: path, line: line, column: column, problem: problem)
        }
    }
}
