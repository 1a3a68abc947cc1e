import Foundation

/// A typed id that encodes as a bare string (`"CV12"`), so a visit id cannot stand where a volunteer id is wanted.
public struct RecordID<Record: NumberedRecord>: Hashable, Comparable, Sendable, StringCoded {
    public static var expectedForm: String { "a \(Record.recordName) id" }

    public let number: Int

    public init(_ number: Int) {
        self.number = number
    }

    /// Parses `CV12` (the prefix is case-insensitive).
    public init?(_ text: String) {
        var text = text
        let prefix = Record.idPrefix
        guard let number = text.withUTF8({ Self.number($0, prefix: prefix) }) else { return nil }
        self.number = number
    }

    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let number = Self.number(bytes, prefix: Record.idPrefix) else { return nil }
        self.number = number
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, prefix: String) -> Int? {
        let prefix = prefix.utf8
        guard bytes.count > prefix.count,
              zip(bytes, prefix).allSatisfy({ $0 & 0xDF == $1 }), // ASCII letters in either case
              let number = ASCIIDigits.number(bytes[prefix.count...]), number > 0 else { return nil }
        return number
    }

    public var description: String { "\(Record.idPrefix)\(number)" }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.number < rhs.number }
}

public typealias VolunteerID = RecordID<Volunteer>
public typealias CustodyVisitID = RecordID<CustodyVisit>
public typealias KennelInspectionID = RecordID<KennelInspection>
public typealias RequestID = RecordID<DetaineeRequest>
public typealias IssueID = RecordID<Issue>
