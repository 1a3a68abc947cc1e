import Foundation
import ICVDomain

/// `ids.json`: the next number of each kind of id, so ids are never reused.
package struct IDCounters: Equatable, Formatted {
    /// By id prefix: `"CV": 154`.
    package var next: [String: Int]
    var unknownFields = UnknownFields()

    package init(next: [String: Int]) {
        self.next = next
    }

    package static let format = RecordFormat<IDCounters>(
        blank: IDCounters(next: [:]),
        unknownFields: \.unknownFields,
        fields: [.byKey("next", \.next)])
}
