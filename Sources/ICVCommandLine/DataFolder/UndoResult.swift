import Foundation
import ICVDomain
import ICVStorage

/// `icv undo --json`: the change undone (null when the answer was no) and how many more can be.
struct UndoResult: JSONWritable {
    var undone: UndoEntry?
    var remaining: Int

    var json: JSONValue {
        .object([(key: "undone", value: undone?.json ?? .null), (key: "remaining", value: remaining.json)])
    }
}
