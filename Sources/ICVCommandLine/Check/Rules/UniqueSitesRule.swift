import Foundation
import ICVDomain
import ICVStorage

/// Each site has its own id and its own name, as commands find sites by either.
struct UniqueSitesRule: CheckRule {
    static let summary = "No two sites share an id or a name."

    static let triggeringExamples = [
        CheckExample("a site id used twice", .replaceText(file: "scheme.json", #""id" : "keyham-lane""#, with: #""id" : "euston-street""#),
                     problems: ["scheme.json euston-street: The id euston-street is used by Euston Street as well; each site needs its own id."]),
        CheckExample("a site name used twice", .replaceText(file: "scheme.json", #""name" : "Keyham Lane""#, with: #""name" : "Euston street""#),
                     problems: ["scheme.json keyham-lane: euston-street has the same name, Euston street; commands that take a site by name cannot tell them apart."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let scheme = folder.scheme else { return }
        var ids: [String: Site] = [:]
        var names: [String: String] = [:]
        for (position, site) in scheme.sites.enumerated() {
            if let first = ids[site.id] {
                problems.add(DataFile.scheme.path, position: position, id: site.id,
                             "The id \(site.id) is used by \(first.name) as well; each site needs its own id.")
                continue
            }
            ids[site.id] = site
            if let other = names[site.name.lowercased()] {
                problems.add(DataFile.scheme.path, position: position, id: site.id,
                             "\(other) has the same name, \(site.name); commands that take a site by name cannot tell them apart.")
            }
            names[site.name.lowercased()] = site.id
        }
    }
}
