import Foundation
import Testing
@testable import ICVCommandLine
import ICVDomain
import ICVStorage
import ICVTestSupport

/// Random bytes and random damage to the sample's files fed to the reader, and random argument lists fed to the parser:
/// nothing traps (a trap would end this test process), and every refusal is exit 1 or 2 with a message. Seeded, so a
/// failure can be run again, and bounded by a count of cases, not by time.
@Suite struct FuzzTests {
    /// SplitMix64: a small seeded generator, so every run tries the same cases.
    struct Random: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The sample's files, each with the reader that reads it as icv does.
    private static let samples: [(path: String, read: @Sendable (Data) throws -> Void)] = [
        ("scheme.json", { _ = try StoredDocument.read($0, path: "scheme.json", as: Scheme.self) }),
        ("ids.json", { _ = try StoredDocument.read($0, path: "ids.json", as: IDCounters.self) }),
        ("volunteers.json", { _ = try RecordListFile<VolunteerRecord>(reading: $0, path: "volunteers.json") }),
        ("visits/2014-15.json", { _ = try RecordListFile<CustodyVisit>(reading: $0, path: "visits.json") }),
        ("requests/2014-15.json", { _ = try RecordListFile<DetaineeRequest>(reading: $0, path: "requests.json") }),
    ]

    /// Bytes that make trouble for a JSON reader: quotes, escapes, digits, signs, exponents, braces, controls, UTF-8 leads.
    private static let awkward: [UInt8] = Array(#""\\/{}[],:0123456789-+eE.tfn "#.utf8) + [0x00, 0x1B, 0x7F, 0x80, 0xC3, 0xED, 0xF4, 0xFF]

    @Test("damaged copies of the sample's files are read or refused with a StoreError, never a trap", arguments: 0..<5)
    func damagedFiles(sample: Int) throws {
        let (path, read) = Self.samples[sample]
        let original = try Data(contentsOf: SampleData.leicestershire.appendingPathComponent(path))
        var random = Random(state: UInt64(sample) &* 7919)
        for _ in 0..<300 {
            var bytes = [UInt8](original)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[at] = Self.awkward.randomElement(using: &random)!
                case 1: bytes.insert(contentsOf: Array("9".utf8) + Array(repeating: UInt8(ascii: "9"), count: Int.random(in: 0...30, using: &random)), at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
                default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                }
            }
            do {
                try read(Data(bytes))
            } catch is StoreError {
                continue
            }
        }
    }

    @Test("random bytes are refused with a StoreError, never a trap")
    func randomBytes() {
        var random = Random(state: 42)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in
                Bool.random(using: &random) ? Self.awkward.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            #expect(throws: StoreError.self) { try StoredDocument.read(Data(bytes), path: "x.json", as: IDCounters.self) }
        }
    }

    @Test("random argument lists end in exit 0, 1 or 2, with a message for every refusal")
    func randomArguments() throws {
        let icv = try InProcessICV.smallScheme()
        let words = ["visit", "log", "list", "show", "report", "annual", "compliance", "status", "request", "issue", "kennel",
                     "volunteer", "site", "add", "export", "import", "check", "undo", "--year", "--from", "--to", "--date",
                     "--site", "--visitors", "--in-custody", "--offered", "--spoken-to", "--output", "--format", "--json",
                     "--help", "--data", "-", "--", "9999", "2015", "2015-05-02", "1899-01-01", "99999999999999999999", "-1",
                     "1e400", "V1,V2", "CV1", "euston-street", "\u{1B}[2J", "csv", "html", "19:40", "25:99", "=cmd", ""]
        var random = Random(state: 7)
        for _ in 0..<400 {
            let arguments = (0..<Int.random(in: 0...8, using: &random)).map { _ in words.randomElement(using: &random)! }
                .filter { $0 != "--data" && $0 != "undo" && $0 != "import" }
            let result = icv.run(arguments)
            #expect([0, 1, 2].contains(result.exitCode), "\(arguments)")
            if result.exitCode != 0 {
                #expect(result.stderr.hasPrefix("error: "), "\(arguments)")
            }
        }
    }
}
