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

/// A file that holds one list of records under the kind's key (`{"schemaVersion": 1, "visits": […]}`), as read:
/// each record with where its text is in the file's bytes, so that writing the list again copies the text of every
/// record that did not change rather than encoding it anew (see `text(for:)`).
struct RecordListFile<Record: NumberedRecord> {
    /// The records in the file's order.
    let records: [Record]
    /// The file's bytes, and where each record's text is in them.
    private let source: Data
    private let ranges: [Range<Int>]

    /// No file yet: every record of a list written is encoded.
    static var none: RecordListFile { RecordListFile(records: [], source: Data(), ranges: []) }

    private init(records: [Record], source: Data, ranges: [Range<Int>]) {
        self.records = records
        self.source = source
        self.ranges = ranges
    }

    /// Thrown from inside reading, and given the file's path.
    private struct NewerSchema: Error {
        let version: Int
    }

    /// Reads the file's records straight from its bytes; a failure is a `StoreError` naming `path`. A syntax error
    /// anywhere, then a missing or newer schema version, are reported before a bad value in a record.
    init(reading data: Data, path: String) throws(StoreError) {
        let read = try Self.parse(data, path: path) { reader in try Record(reading: &reader) }
        self.init(records: read.map(\.0), source: data, ranges: read.map(\.1))
    }

    /// Reads only a part of each record (`Part` reads the fields it wants and skips the rest), for a command that
    /// needs little of many records: `status` wants each visit's site and date. The file comes back skimmed, as
    /// `init(skimming:)` leaves it.
    static func parts<Part: JSONReadable>(of data: Data, path: String, as part: Part.Type) throws(StoreError) -> ([Part], RecordListFile) {
        let read = try parse(data, path: path) { reader in try Part(reading: &reader) }
        return (read.map(\.0), RecordListFile(records: [], source: data, ranges: read.map(\.1)))
    }

    /// Checks the file's syntax and schema version and finds each record's text, without reading the records
    /// (`records` is empty): all that adding records after them needs.
    init(skimming data: Data, path: String) throws(StoreError) {
        let read = try Self.parse(data, path: path) { reader in try reader.skipValue() }
        self.init(records: [], source: data, ranges: read.map(\.1))
    }

    private static func parse<Element>(_ data: Data, path: String, element: (inout JSONReader) throws -> Element) throws(StoreError) -> [(Element, Range<Int>)] {
        do {
            return try JSONReader.read(data) { reader in try Self.read(&reader, element: element) }
        } catch let error as JSONSyntaxError {
            throw JSONCoding.syntaxError(error, in: data, path: path)
        } catch let newer as NewerSchema {
            throw StoreError.newerSchema(path: path, version: newer.version)
        } catch let error as JSONFieldError {
            throw Self.explain(error, in: data, path: path)
        } catch {
            throw StoreError.invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
    }

    private static func read<Element>(_ reader: inout JSONReader, element: (inout JSONReader) throws -> Element) throws -> [(Element, Range<Int>)] {
        var version: Int?
        var list: [(Element, Range<Int>)]?
        try reader.readObject { reader, key in
            if case "schemaVersion" = key {
                version = try Int(reading: &reader)
            } else if key.text == Record.listKey {
                list = try reader.readArrayWithRanges(element)
            } else {
                try reader.skipValue()
            }
        }
        let known = try version.required("schemaVersion")
        guard known <= JSONCoding.schemaVersion else { throw NewerSchema(version: known) }
        return try list.required(Record.listKey)
    }

    /// The error for a value that would not read, unless the whole file says something more basic: a syntax error
    /// further on, a missing schema version or a newer one.
    private static func explain(_ error: JSONFieldError, in data: Data, path: String) -> StoreError {
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch let syntax as JSONSyntaxError {
            return JSONCoding.syntaxError(syntax, in: data, path: path)
        } catch {
            return .invalidContent(path: path, field: "(top)", problem: "\(error)")
        }
        let problem = StoreError.invalidContent(path: path, field: error.field, problem: error.problem)
        guard case .object(let pairs) = document else { return problem }
        guard let version = pairs.first(where: { $0.key == "schemaVersion" })?.value else {
            return .invalidContent(path: path, field: "schemaVersion", problem: "the field is missing")
        }
        if case .number(let text) = version, let number = Int(text), number > JSONCoding.schemaVersion {
            return .newerSchema(path: path, version: number)
        }
        return problem
    }

    /// The text of a file holding `list`: what `JSONCoding.encode` writes for `{"schemaVersion": 1, listKey: list}`,
    /// except that a record equal to one read from this file keeps that record's text.
    func text(for list: [Record]) throws -> Data {
        var readAt: [Int: Int]?
        func readIndex(of record: Record, at position: Int) -> Int? {
            if position < records.count, records[position].id == record.id { return position }
            if readAt == nil {
                readAt = Dictionary(firstOf: records.indices.map { (records[$0].id.number, $0) })
            }
            return readAt?[record.id.number]
        }
        return try text(count: list.count) { position in
            let record = list[position]
            guard let index = readIndex(of: record, at: position), records[index] == record else { return .encode(record) }
            return .keep(ranges[index])
        }
    }

    /// The text of the file with `new` records after those it holds, whose text is kept as it is, read or not.
    func text(appending new: [Record]) throws -> Data {
        try text(count: ranges.count + new.count) { position in
            position < ranges.count ? .keep(ranges[position]) : .encode(new[position - ranges.count])
        }
    }

    /// How one record of the list gets its text.
    private enum Element {
        case keep(Range<Int>)
        case encode(Record)
    }

    /// The pretty, sorted text of the file with a list of `count` records, each kept or encoded as `element` says.
    private func text(count: Int, element: (Int) -> Element) throws -> Data {
        var output: [UInt8] = []
        output.reserveCapacity(source.count + 4096)
        for (number, key) in [Record.listKey, "schemaVersion"].sorted().enumerated() {
            output.append(contentsOf: (number == 0 ? "{\n  " : ",\n  ").utf8)
            JSONValue.writeString(key, to: &output)
            output.append(contentsOf: " : ".utf8)
            guard key == Record.listKey else {
                output.append(contentsOf: String(JSONCoding.schemaVersion).utf8)
                continue
            }
            guard count > 0 else {
                output.append(contentsOf: "[]".utf8)
                continue
            }
            output.append(contentsOf: "[\n".utf8)
            try source.withUnsafeBytes { sourceBytes in
                for position in 0..<count {
                    if position > 0 { output.append(contentsOf: ",\n".utf8) }
                    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4))
                    switch element(position) {
                    case .keep(let range): output.append(contentsOf: UnsafeRawBufferPointer(rebasing: sourceBytes[range]))
                    case .encode(let record): try JSONValueEncoder.encode(record).write(to: &output, indent: 2)
                    }
                }
            }
            output.append(contentsOf: "\n  ]".utf8)
        }
        output.append(contentsOf: "\n}\n".utf8)
        return Data(output)
    }
}

/// `ids.json`: the next number of each kind of id, so ids are never reused.
struct IDCounters: Codable, Equatable {
    var next: [String: Int]
}
