import Foundation
import ICVDomain

/// A data file holding one value beside its `schemaVersion` (`scheme.json`, `ids.json`), and how far this command has
/// got with it: read once when first wanted, written at commit only when changed.
final class DocumentHandle<Body: Formatted & Equatable> {
    enum State {
        case notRead
        /// Read; `bytes` is the file as it was, nil when there was none (and `body` the value that stands for it).
        case read(Body, bytes: Data?)
        /// Changed, to be written at commit; `bytes` is the file as read, if it was.
        case changed(Body, bytes: Data?)
    }

    let file: DataFile
    /// What a folder without the file holds.
    let missing: Body
    private(set) var state = State.notRead

    init(_ file: DataFile, missing: Body) {
        self.file = file
        self.missing = missing
    }

    func body(from source: FileSource) throws -> Body {
        switch state {
        case .read(let body, _), .changed(let body, _):
            return body
        case .notRead:
            let bytes = try source.bytes(of: file)
            let body = try bytes.map { data throws(StoreError) in try StoredDocument.read(data, path: source.fullPath(file), as: Body.self) }
                ?? missing
            state = .read(body, bytes: bytes)
            return body
        }
    }

    func replace(with body: Body) {
        switch state {
        case .notRead: state = .changed(body, bytes: nil)
        case .read(_, let bytes), .changed(_, let bytes): state = .changed(body, bytes: bytes)
        }
    }

    var isChanged: Bool {
        if case .changed = state { return true }
        return false
    }

    /// The file's new text, or nil when nothing is to be written: unchanged, or changed back to the bytes it had.
    func pendingText() -> Data? {
        guard case .changed(let body, let bytes) = state else { return nil }
        let text = StoredDocument.text(body)
        return text == bytes ? nil : text
    }
}
