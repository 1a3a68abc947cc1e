import Foundation

/// A data file's content with `"schemaVersion": 1` beside it; a newer version is refused before anything else is read.
struct VersionedFile<Body: Codable>: Codable {
    var body: Body

    init(_ body: Body) {
        self.body = body
    }

    private enum VersionKey: String, CodingKey {
        case schemaVersion
    }

    /// Thrown from inside decoding, caught by `Ledger` and given the file's path.
    struct NewerSchema: Error {
        let version: Int
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: VersionKey.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version <= JSONCoding.schemaVersion else { throw NewerSchema(version: version) }
        body = try Body(from: decoder)
    }

    func encode(to encoder: Encoder) throws {
        try body.encode(to: encoder)
        var container = encoder.container(keyedBy: VersionKey.self)
        try container.encode(JSONCoding.schemaVersion, forKey: .schemaVersion)
    }
}

/// The body of a file that holds one list of records under the kind's key (`{"visits": […]}`).
struct RecordList<Record: NumberedRecord & Codable>: Codable {
    var records: [Record]

    init(_ records: [Record]) {
        self.records = records
    }

    private struct Key: CodingKey {
        var stringValue: String { Record.listKey }
        var intValue: Int? { nil }
        init() {}
        init?(stringValue: String) { nil }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        records = try container.decode([Record].self, forKey: Key())
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(records, forKey: Key())
    }
}

/// `ids.json`: the next number of each kind of id, so ids are never reused.
struct IDCounters: Codable, Equatable {
    var next: [String: Int]
}
