import Foundation

/// `ids.json`: the next number of each kind of id, so ids are never reused.
struct IDCounters: Equatable, Formatted {
    /// By id prefix: `"CV": 154`.
    var next: [String: Int]
    var unknownFields = UnknownFields()

    init(next: [String: Int]) {
        self.next = next
    }

    static let format = RecordFormat<IDCounters>(
        blank: IDCounters(next: [:]),
        unknownFields: \.unknownFields,
        fields: [.byKey("next", \.next)])
}
