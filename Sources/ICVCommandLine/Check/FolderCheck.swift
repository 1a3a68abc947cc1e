import Foundation
import ICVDomain
import ICVStorage

/// What `icv check` found in a data folder: how much it read, every problem and every warning, each with its file and
/// record.
public struct FolderCheck: Encodable, Sendable, Equatable {
    /// One thing wrong: the file (relative to the folder), the record's id when it is about one record, and what is wrong.
    public struct Problem: Encodable, Sendable, Equatable {
        public var file: String
        public var id: String?
        public var problem: String

        public init(file: String, id: String?, problem: String) {
            self.file = file
            self.id = id
            self.problem = problem
        }

        private enum CodingKeys: String, CodingKey {
            case file, id, problem
        }

        /// Writes `"id": null` for a problem with the whole file, so every problem has the same keys.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(id, forKey: .id)
            try container.encode(problem, forKey: .problem)
        }

        /// `visits/2014-15.json CV12: …`, or `ids.json: …` when no record is named.
        public var line: String {
            "\(file)\(id.map { " \($0)" } ?? ""): \(problem)"
        }
    }

    /// The records read, by kind.
    public struct Counts: Encodable, Sendable, Equatable {
        public var sites = 0
        public var volunteers = 0
        public var custodyVisits = 0
        public var kennelInspections = 0
        public var requests = 0
        public var issues = 0
    }

    /// How many data files were found and looked at.
    public var files: Int
    public var counts: Counts
    public var problems: [Problem]
    /// What was accepted with a warning when it was recorded (a visit made while a visitor's vetting had expired): listed,
    /// but not a problem, so a folder with only warnings is clean.
    public var warnings: [Problem]
    /// Checks left out because a file they depend on could not be read, so they would only report that file again.
    public var notChecked: [String]

    public var isClean: Bool { problems.isEmpty }
}
