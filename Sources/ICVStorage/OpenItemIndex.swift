import Foundation
import ICVDomain

/// `.open-items.json`: for each financial year, the requests and issues that `icv status` could list on some date, so
/// that `status` need not decode ten years of requests to find the few still open.
///
/// It is only a cache. Each year's entries are kept with the signatures (`Store.signature(of:)`) of the four files they
/// were built from; when any of them has changed (by icv or by hand) the year is built again from the records. A file
/// that does not parse, or holds another version or shape, is ignored and replaced, and deleting it loses nothing.
package struct OpenItemIndex: Equatable, Formatted {
    static let path = ".open-items.json"
    /// Change it whenever the entries' shape or the rule for which items are kept changes: an index of another version
    /// is then built again rather than trusted.
    static let version = 1

    /// The signatures of a year's four files, nil for one there is none of.
    struct Signatures: Equatable, Formatted {
        var requests: String?
        var issues: String?
        var visits: String?
        var kennelInspections: String?
        var unknownFields = UnknownFields()

        init(requests: String?, issues: String?, visits: String?, kennelInspections: String?) {
            self.requests = requests
            self.issues = issues
            self.visits = visits
            self.kennelInspections = kennelInspections
        }

        static let format = RecordFormat<Signatures>(
            blank: Signatures(requests: nil, issues: nil, visits: nil, kennelInspections: nil),
            unknownFields: \.unknownFields,
            fields: [
                .optional("requests", \.requests),
                .optional("issues", \.issues),
                .optional("visits", \.visits),
                .optional("kennelInspections", \.kennelInspections),
            ])
    }

    /// A request or issue that `status` may list on some date (`StatusCalculator.mayEverBeChased`).
    ///
    /// Written as one line of text, `request R12 CV3 2015-05-02 - solicitor euston-street` (kind, id, visit, raised,
    /// closed or `-`, category, site): a national folder holds thousands of entries, and one string each is far quicker
    /// to read than an object each. Only the site, last, may hold a space (ids, dates and categories cannot).
    package struct Entry: Equatable, StringCoded, JSONCodable {
        package static let expectedForm = "an open-item entry (kind, id, visit, raised, closed, category, site)"

        package enum Kind: String {
            case request, issue
        }

        package var kind: Kind
        package var id: String
        package var visit: String
        /// The site's id; its name comes from the scheme when shown, so renaming a site needs no rebuild.
        package var site: String
        /// The date of the visit or kennel inspection it was raised on.
        package var raised: LocalDate
        package var category: String
        /// The day it was closed; nil while it is still open.
        var closedOn: LocalDate?

        init(kind: Kind, id: String, visit: String, site: String, raised: LocalDate, category: String, closedOn: LocalDate?) {
            self.kind = kind
            self.id = id
            self.visit = visit
            self.site = site
            self.raised = raised
            self.category = category
            self.closedOn = closedOn
        }

        package init?(_ text: String) {
            let fields = text.utf8.split(separator: UInt8(ascii: " "), maxSplits: 6, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 7, let kind = Kind(rawValue: fields[0]), let raised = LocalDate(fields[3]) else { return nil }
            let closedOn = LocalDate(fields[4])
            guard closedOn != nil || fields[4] == "-" else { return nil }
            self.init(kind: kind, id: fields[1], visit: fields[2], site: fields[6], raised: raised, category: fields[5],
                      closedOn: closedOn)
        }

        package var description: String {
            "\(kind.rawValue) \(id) \(visit) \(raised) \(closedOn?.description ?? "-") \(category) \(site)"
        }

        /// Whether `status` lists it on the date: open then, raised on or before it, and more than the follow-up days ago.
        package func daysOpen(on date: LocalDate) -> Int? {
            StatusCalculator.daysToChase(raised: raised, closedOn: closedOn, on: date)
        }
    }

    /// One financial year: the signatures of its files when its entries were built, and the entries in file order,
    /// requests before issues.
    struct Year: Equatable, Formatted {
        var files: Signatures
        var entries: [Entry]
        var unknownFields = UnknownFields()

        init(files: Signatures, entries: [Entry]) {
            self.files = files
            self.entries = entries
        }

        static let format = RecordFormat<Year>(
            blank: Year(files: Signatures(requests: nil, issues: nil, visits: nil, kennelInspections: nil), entries: []),
            unknownFields: \.unknownFields,
            fields: [.required("files", \.files), .required("entries", \.entries)])
    }

    var schemaVersion = OpenItemIndex.version
    /// By the year's file stem, `2014-15`.
    var years: [String: Year] = [:]

    var unknownFields = UnknownFields()

    init() {}

    package static let format = RecordFormat<OpenItemIndex>(
        blank: OpenItemIndex(),
        unknownFields: \.unknownFields,
        fields: [.required("schemaVersion", \.schemaVersion), .byKey("years", \.years)])
}

extension OpenItemIndex {
    /// The entries of every year with requests or issues that starts on or before `date`, oldest year first: from the
    /// index where a year's files have not changed since, else built from the year's records. Saves the index when any
    /// year was built or dropped.
    ///
    /// Each year's signatures are taken before its files are read, so a file changed in between is seen as changed next
    /// time; call it before anything else has read the year files through the same ledger.
    package static func entries(_ ledger: Ledger, through date: LocalDate) throws -> [Entry] {
        let store = ledger.store
        let saved = (try? store.read(path)) ?? nil
        let decoded = saved.flatMap(Self.decoded)
        var index = decoded ?? OpenItemIndex()
        // A damaged file, or one of another version, is replaced even if nothing else changes.
        var changed = saved != nil && decoded == nil
        let years = Set(try ledger.years(.requests) + ledger.years(.issues))
        let stems = Set(years.map(\.fileStem))
        for stem in index.years.keys where !stems.contains(stem) {
            index.years[stem] = nil
            changed = true
        }
        var entries: [Entry] = []
        for year in years.sorted() where year.first <= date {
            let files = Signatures(
                requests: try store.signature(of: DataFile.requests(year).path),
                issues: try store.signature(of: DataFile.issues(year).path),
                visits: try store.signature(of: DataFile.visits(year).path),
                kennelInspections: try store.signature(of: DataFile.kennelInspections(year).path))
            if let cached = index.years[year.fileStem], cached.files == files {
                entries += cached.entries
                continue
            }
            let built = try Self.build(year, from: ledger)
            index.years[year.fileStem] = Year(files: files, entries: built)
            changed = true
            entries += built
        }
        if changed {
            // A cache: if it cannot be written (a read-only folder, a full disk), status is still right, only slower next
            // time, so the failure is not the user's problem.
            try? store.write(index.json.prettyText, to: path)
        }
        return entries
    }

    /// The index in the bytes, or nil for anything that is not an index of this version.
    static func decoded(_ data: Data) -> OpenItemIndex? {
        guard let index = try? JSONReader.read(data, as: { reader in try OpenItemIndex(reading: &reader) }),
              index.schemaVersion == version else { return nil }
        return index
    }

    /// The entries of one year, from its records: each request or issue that is still open, or that closed more than the
    /// follow-up days after it was raised (one closed sooner is never listed), and whose visit is found.
    static func build(_ year: FinancialYear, from ledger: Ledger) throws -> [Entry] {
        var places: [VisitReference: VisitPlace] = [:]
        for place in try ledger.places(in: year) {
            places[place.visit] = place
        }
        func entry(_ kind: Entry.Kind, _ id: String, visit: VisitReference, category: String, closedOn: LocalDate?) -> Entry? {
            guard let place = places[visit] else { return nil }
            guard StatusCalculator.mayEverBeChased(raised: place.date, closedOn: closedOn) else { return nil }
            return Entry(kind: kind, id: id, visit: visit.description, site: place.site, raised: place.date, category: category, closedOn: closedOn)
        }
        let requests = try ledger.records(.requests, in: year).compactMap { request -> Entry? in
            let closedOn: LocalDate?
            switch request.status {
            case .referred, .outstanding: closedOn = nil
            case .resolved: closedOn = request.resolvedOn
            case .resolvedAtVisit, .notActioned: return nil
            }
            return entry(.request, request.id.description, visit: .custody(request.visit), category: request.category.rawValue,
                         closedOn: closedOn)
        }
        let issues = try ledger.records(.issues, in: year).compactMap { issue in
            entry(.issue, issue.id.description, visit: issue.visit, category: issue.category.rawValue,
                  closedOn: issue.resolvedOn)
        }
        return requests + issues
    }
}
