import Foundation

/// A quick look at a requests or issues year file's text, to skip decoding the years that cannot hold anything open on
/// a date: `status` would otherwise decode every year's requests to find the handful still open.
///
/// It only says "cannot" when sure: no `"referred"` or `"outstanding"`, as many `"resolvedOn"` keys as `"id"` keys, and
/// every `resolvedOn` a date on or before the date asked about. Any doubt (a `\u` escape, a value it cannot read) means
/// "may", and the file is decoded as usual.
enum OpenItemScan {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let opens = [Array("\"referred\"".utf8), Array("\"outstanding\"".utf8)]
    private static let idKey = Array("\"id\"".utf8)
    private static let resolvedKey = Array("\"resolvedOn\"".utf8)

    /// Whether the file may hold a request or issue that is open on `date`.
    static func mayHoldOpenItems(_ data: Data, on date: LocalDate) -> Bool {
        let limit = Array(date.description.utf8)
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var ids = 0
            var resolutions = 0
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case backslash:
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") { return true }
                    index += 2
                    continue
                case quote:
                    if opens.contains(where: { matches(bytes, at: index, $0) }) { return true }
                    if matches(bytes, at: index, idKey) {
                        ids += 1
                    } else if matches(bytes, at: index, resolvedKey) {
                        resolutions += 1
                        // Resolved after the date (ISO dates compare as text): it was still open then.
                        guard let resolved = dateText(after: index + resolvedKey.count, in: bytes),
                              !limit.lexicographicallyPrecedes(resolved) else { return true }
                    }
                default:
                    break
                }
                index += 1
            }
            return ids != resolutions
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: [UInt8]) -> Bool {
        index + text.count <= bytes.count && text.indices.allSatisfy { bytes[index + $0] == text[$0] }
    }

    /// The ten bytes of a `"YYYY-MM-DD"` value after a key and its colon; nil for anything else.
    private static func dateText(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var position = start
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ":")].contains(bytes[position]) { position += 1 }
        guard position + 12 <= bytes.count, bytes[position] == quote, bytes[position + 11] == quote else { return nil }
        return Array(bytes[(position + 1)...(position + 10)])
    }
}
