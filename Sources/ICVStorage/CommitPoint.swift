import Foundation
import ICVDomain

/// The steps of a commit at which a crash is tested.
public enum CommitPoint: String, Sendable, CaseIterable {
    /// Every new file is written beside its target; the journal is not yet.
    case temporariesWritten = "temporaries-written"
    /// The journal is written: from here the commit is rolled forward.
    case journalWritten = "journal-written"
    /// The first file has been moved into place, the others not yet.
    case firstFileMoved = "first-file-moved"
    /// Every file is in place; the audit line and the journal's removal remain.
    case filesMoved = "files-moved"
}
