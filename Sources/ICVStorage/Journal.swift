import Foundation
import ICVDomain

/// `.journal`: the moves, removals and audit line of a commit whose new files are all written.
struct Journal: Equatable, Formatted {
    struct Move: Equatable, Formatted {
        var from: String
        var to: String
        var unknownFields = UnknownFields()

        init(from: String, to: String) {
            self.from = from
            self.to = to
        }

        static let format = RecordFormat<Move>(
            blank: Move(from: "", to: ""),
            unknownFields: \.unknownFields,
            fields: [.required("from", \.from), .required("to", \.to)])
    }

    var moves: [Move]
    var removals: [String]
    var auditLine: String?
    var unknownFields = UnknownFields()

    init(moves: [Move], removals: [String], auditLine: String?) {
        self.moves = moves
        self.removals = removals
        self.auditLine = auditLine
    }

    static let format = RecordFormat<Journal>(
        blank: Journal(moves: [], removals: [], auditLine: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("moves", \.moves),
            .required("removals", \.removals),
            .optional("auditLine", \.auditLine),
        ])
}
