import Foundation
import ICVDomain
import ICVStorage

/// `ids.json` is ahead of every id in use, or icv would hand an id out twice.
struct IDCountersRule: CheckRule {
    static let summary = "ids.json would give out, for each kind, a number above every id of that kind in use."

    static let triggeringExamples = [
        CheckExample("ids.json behind the ids in use", .replaceText(file: "ids.json", #""CV" : 4"#, with: #""CV" : 3"#),
                     problems: [#"ids.json: It would give out CV3 next, but CV3 is already in visits/2014-15.json. Set "CV" to 4."#]),
        CheckExample("ids.json below zero", .replaceText(file: "ids.json", #""CV" : 4"#, with: #""CV" : -3"#),
                     problems: [#"ids.json: It would give out CV-3 next, which is not an id (ids run from CV1 to CV999999999). Set "CV" to 4."#]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let counters = folder.counters else { return }
        let highest = [
            Self.highest(folder.register.map { [(DataFile.volunteers.path, $0.map(\.id))] } ?? []),
            Self.highest(folder.visits.files.map { ($0.path, $0.records.map(\.id)) }),
            Self.highest(folder.inspections.files.map { ($0.path, $0.records.map(\.id)) }),
            Self.highest(folder.requests.files.map { ($0.path, $0.records.map(\.id)) }),
            Self.highest(folder.issues.files.map { ($0.path, $0.records.map(\.id)) }),
        ]
        for case let (prefix, number, file)? in highest {
            let next = counters.next[prefix] ?? 1
            if next <= number, Bounds.idNumbers.contains(next) {
                problems.add(DataFile.ids.path,
                             "It would give out \(prefix)\(next) next, but \(prefix)\(number) is already in \(file). Set \"\(prefix)\" to \(number + 1).")
            }
        }
        let inUse = Dictionary(firstOf: highest.compactMap { $0.map { ($0.0, $0.1) } })
        for (prefix, next) in counters.next.sorted(by: { $0.key < $1.key }) where !Bounds.idNumbers.contains(next) {
            problems.add(DataFile.ids.path,
                         "It would give out \(prefix)\(next) next, which is not an id (ids run from \(prefix)1 to \(prefix)\(Bounds.idNumbers.upperBound)). Set \"\(prefix)\" to \((inUse[prefix] ?? 0) + 1).")
        }
    }

    /// The highest id of a kind in use and the first file that has it.
    private static func highest<Record>(_ files: [(path: String, ids: [RecordID<Record>])]) -> (String, Int, String)? {
        var top: (id: RecordID<Record>, file: String)?
        for (path, ids) in files {
            for id in ids where top.map({ id > $0.id }) ?? true {
                top = (id, path)
            }
        }
        return top.map { (Record.idPrefix, $0.id.number, $0.file) }
    }
}
