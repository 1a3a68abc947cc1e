import Foundation

/// The one place that makes JSON coders and turns decoding failures into messages naming the file and field.
public enum JSONCoding {
    /// The schema version this program reads and writes.
    public static let schemaVersion = 1

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value as the pretty, sorted, newline-terminated text used in files and on stdout.
    /// Foundation on Linux writes an empty array or object across three lines; it is folded to `[]` or `{}`
    /// (safe, since a newline inside a JSON string is always escaped).
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let text = String(decoding: try makeEncoder().encode(value), as: UTF8.self)
            .replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
        return Data((text + "\n").utf8)
    }

    /// Encodes a value as one compact line with sorted keys, as in `audit.jsonl`.
    static func encodeLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a data file, reporting a syntax error with its line and column and a bad value with its field.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw translate(error, data: data, path: path)
        }
    }

    private static func translate(_ error: DecodingError, data: Data, path: String) -> StoreError {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return syntaxError(in: data, path: path)
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
        guard !codingPath.isEmpty else { return "(top)" }
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// Finds where the JSON first goes wrong: Foundation's parser names a character offset, which becomes a line and column.
    static func syntaxError(in data: Data, path: String) -> StoreError {
        var problem = "the text is not JSON"
        var offset = data.count
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let range = detail.range(of: #"character \d+"#, options: .regularExpression),
               let position = Int(detail[range].dropFirst("character ".count)) {
                offset = min(position, data.count)
                problem = String(detail[..<range.lowerBound]).replacingOccurrences(of: " around ", with: "")
                    .trimmingCharacters(in: .whitespaces).lowercased()
            } else if !detail.isEmpty {
                problem = detail.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
            }
        }
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
