import Foundation
import ICVDomain
import ICVStorage

/// Finds sites, volunteers and records from what a person typed: an id, or a name in any case.
enum Lookup {
    static func site(_ text: String, in scheme: Scheme) throws(ValidationError) -> Site {
        let key = normalised(text)
        if let site = scheme.sites.first(where: { $0.id == key || normalised($0.name) == key || $0.id == Site.slug(for: text) }) {
            return site
        }
        // Offer the sites the text nearly names (a prefix, or a slip of a letter or two); failing that, every site.
        let slug = Site.slug(for: text)
        let near = scheme.sites.filter { site in
            (!slug.isEmpty && site.id.hasPrefix(slug))
                || ParsedArguments.editDistance(normalised(site.name), key) <= max(1, key.count / 4)
        }
        let candidates = (near.isEmpty ? scheme.sites : near).sorted { $0.name < $1.name }.map { "\($0.name) (\($0.id))" }
        throw .notFound(kind: "site", name: text, candidates: candidates, listCommand: "icv site list")
    }

    static func volunteer(_ text: String, in volunteers: [Volunteer]) throws(ValidationError) -> Volunteer {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = VolunteerID(trimmed) {
            guard let volunteer = volunteers.first(where: { $0.id == id }) else {
                throw .notFound(kind: "volunteer", name: trimmed, candidates: [], listCommand: "icv volunteer list")
            }
            return volunteer
        }
        let key = normalised(trimmed)
        let matches = volunteers.filter { normalised($0.name) == key }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguous(kind: "volunteer", name: trimmed, candidates: matches.map { "\($0.name) (\($0.id))" })
        }
        let words = Set(key.split(separator: " "))
        let near = volunteers.filter { !words.isDisjoint(with: normalised($0.name).split(separator: " ")) }
        throw .notFound(kind: "volunteer", name: trimmed, candidates: near.prefix(8).map { "\($0.name) (\($0.id))" },
                        listCommand: "icv volunteer list")
    }

    /// Parses a typed id, rejecting text that is not one of this kind.
    static func id<Record>(_ text: String, as type: Record.Type) throws(ValidationError) -> RecordID<Record> {
        guard let id = RecordID<Record>(text.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidValue(flag: Record.recordName.replacingOccurrences(of: " ", with: "-"), value: text,
                                expected: "a \(Record.recordName) id such as \(Record.idPrefix)12")
        }
        return id
    }

    /// Finds a record by id in whichever year's file holds it.
    static func record<Record>(_ id: RecordID<Record>, _ kind: YearKind<Record>, in ledger: Ledger) throws -> (record: Record, year: FinancialYear) {
        for year in try ledger.years(kind).reversed() {
            if let record = try ledger.records(kind, in: year).first(where: { $0.id == id }) {
                return (record, year)
            }
        }
        throw ValidationError.notFound(kind: Record.recordName, name: id.description, candidates: [],
                                       listCommand: "icv \(kind.listCommand) list")
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
