import Foundation
import ICVDomain
import ICVStorage

/// Requests come from detainees spoken to: no request belongs to a visit where nobody was spoken to.
struct RequestSpokenToRule: CheckRule {
    static let summary = "No request belongs to a visit where nobody was spoken to."

    static let triggeringExamples = [
        CheckExample("requests on a visit where nobody was spoken to",
                     .setFields(file: "visits/2015-16.json", id: "CV1", ["offered": "0", "spokenTo": "0", "declined": "0"]),
                     problems: ["requests/2015-16.json R1: Its visit CV1 spoke to nobody, and requests come from detainees spoken to. Check the visit's --spoken-to, or move the request to its visit.",
                                "requests/2015-16.json R2: Its visit CV1 spoke to nobody, and requests come from detainees spoken to. Check the visit's --spoken-to, or move the request to its visit."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("a visit that spoke to nobody and has no requests",
                     .setFields(file: "visits/2014-15.json", id: "CV2", ["offered": "0", "spokenTo": "0", "declined": "0"])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        var silent = Set<CustodyVisitID>()
        for file in folder.visits.files {
            for visit in file.records where (try? VisitRules.checkRequests(1, spokenTo: visit.spokenTo)) == nil {
                silent.insert(visit.id)
            }
        }
        for file in folder.requests.files {
            for (position, request) in file.records.enumerated() where silent.contains(request.visit) {
                problems.add(file.path, position: position, id: request.id,
                             "Its visit \(request.visit) spoke to nobody, and requests come from detainees spoken to. Check the visit's --spoken-to, or move the request to its visit.")
            }
        }
    }
}
