import Foundation
import ICVDomain

/// `.checked.json`: the sets of files that the rules of `icv check` last found sound, each with the signatures
/// (`Store.signature(of:)`) the files had then, so that `status` need not decode and check a year of visits every time
/// it is run, only after one of them has changed.
///
/// It is only a cache, and it only ever says "sound": a set with a problem is checked again every time, and so is a set
/// any of whose files has changed, by icv or by hand. Findings hold as time passes (a visit not in the future stays so).
/// A file that does not parse, or holds another version, is ignored and replaced; deleting it loses nothing.
package struct SoundFilesCache: Equatable, Formatted {
    static let path = ".checked.json"
    /// Change it whenever a rule of `icv check` changes: a cache of another version is then not trusted.
    static let version = 1
    /// The most sets kept; the least recently found sound go first.
    static let capacity = 8

    var schemaVersion = SoundFilesCache.version
    /// By what was checked (`CheckScope`'s key): the files' signatures, one `path signature` line each.
    var sound: [String: String] = [:]
    /// The keys, least recently found sound first.
    var order: [String] = []
    var unknownFields = UnknownFields()

    init() {}

    package static let format = RecordFormat<SoundFilesCache>(
        blank: SoundFilesCache(),
        unknownFields: \.unknownFields,
        fields: [.required("schemaVersion", \.schemaVersion), .byKey("sound", \.sound), .required("order", \.order)])

    /// The signatures of the files, one `path signature` line each (`-` for a file there is none of), taken now: before
    /// the files are read, so that a file changed in between is seen as changed next time.
    package static func fingerprint(of paths: [String], in store: Store) throws -> String {
        try paths.sorted().map { "\($0) \(try store.signature(of: $0) ?? "-")" }.joined(separator: "\n")
    }

    /// Whether the files of `key` had these signatures when the rules last found them sound.
    package static func isSound(_ key: String, fingerprint: String, in store: Store) -> Bool {
        load(from: store).sound[key] == fingerprint
    }

    /// Notes the files of `key`, with these signatures, as found sound.
    package static func noteSound(_ key: String, fingerprint: String, in store: Store) {
        var cache = load(from: store)
        cache.sound[key] = fingerprint
        cache.order.removeAll { $0 == key }
        cache.order.append(key)
        while cache.order.count > capacity {
            cache.sound[cache.order.removeFirst()] = nil
        }
        // A cache: if it cannot be written (a read-only folder, a full disk), the figures are still checked, only more
        // slowly next time, so the failure is not the user's problem.
        try? store.write(cache.json.prettyText, to: path)
    }

    private static func load(from store: Store) -> SoundFilesCache {
        guard let data = (try? store.read(path)) ?? nil,
              let cache = try? JSONReader.read(data, as: { reader in try SoundFilesCache(reading: &reader) }),
              cache.schemaVersion == version else { return SoundFilesCache() }
        return cache
    }
}
