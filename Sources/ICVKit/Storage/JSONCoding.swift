import Foundation

/// The one place that makes JSON coders and turns decoding failures into messages naming the file and field.
public enum JSONCoding {
    /// The schema version this program reads and writes.
    public static let schemaVersion = 1

    /// Encodes a value as the pretty, sorted, newline-terminated text used in files and on stdout: what `JSONEncoder`
    /// writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, with `[]` and `{}` kept on one line.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try JSONValueEncoder.encode(value).prettyText
    }

    /// Encodes a value as one compact line with sorted keys, as in `audit.jsonl`.
    static func encodeLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a data file, reporting a syntax error with its line and column and a bad value with its field.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        let value: JSONValue
        do {
            value = try JSONValue.parse(data)
        } catch let error as JSONSyntaxError {
            throw syntaxError(error, in: data, path: path)
        }
        do {
            return try JSONValueDecoder.decode(type, from: value, at: [])
        } catch let error as DecodingError {
            throw translate(error, path: path)
        }
    }

    private static func translate(_ error: DecodingError, path: String) -> StoreError {
        switch error {
        case .dataCorrupted(let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath), problem: context.debugDescription)
        case .keyNotFound(let key, let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath + [key]), problem: "the field is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .invalidContent(path: path, field: fieldPath(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return .invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
    }

    /// `visits[3].date`.
    static func fieldPath(_ codingPath: [CodingKey]) -> String {
        JSONFieldError.field(codingPath.map { key in key.intValue.map(JSONFieldError.Step.index) ?? .key(key.stringValue) })
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
        return .unreadable(path: path, line: line, column: column, problem: problem)
    }
}
