import Foundation

/// The sample data folders in the repository's `Samples/`.
public enum SampleData {
    /// `Samples/leicestershire`: the published 2014/15 figures and the later years built on them.
    public static let leicestershire = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/leicestershire")
}
