import Foundation

extension String {
    /// Free text as typed: trimmed, and nil when nothing is left, so that `--notes " "` records no notes.
    var trimmedText: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
