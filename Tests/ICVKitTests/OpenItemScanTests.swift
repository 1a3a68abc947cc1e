import Foundation
import Testing
@testable import ICVKit
import ICVTestSupport

/// `status` skips a year's requests or issues only when their text shows nothing can be open on the date.
@Suite struct OpenItemScanTests {
    private let date = LocalDate(year: 2015, month: 6, day: 1)!

    @Test("a year is skipped only when nothing in it can be open on the date", arguments: [
        (#"{"requests": [{"id": "R1", "status": "resolved-at-visit"}]}"#, true, "a request without resolvedOn counts as maybe open"),
        (#"{"requests": [{"id": "R1", "resolvedOn": "2015-05-03"}]}"#, false, "resolved before the date"),
        (#"{"requests": [{"id": "R1", "resolvedOn" : "2015-06-01"}]}"#, false, "resolved on the date"),
        (#"{"requests": [{"id": "R1", "resolvedOn":"2015-06-02"}]}"#, true, "resolved after the date"),
        (#"{"requests": [{"id": "R1", "resolvedOn": "2015-05-03", "status": "referred"}]}"#, true, "referred"),
        (#"{"requests": [{"id": "R1", "resolvedOn": "2015-05-03", "status" : "outstanding"}]}"#, true, "outstanding"),
        (#"{"requests": [{"id": "R1", "resolvedOn": "2015-05-03", "detail": "said \"referred\""}]}"#, false, "the word in a detail"),
        (#"{"issues": [{"id": "I1", "resolvedOn": "2015-05-03"}, {"id": "I2"}]}"#, true, "an issue not yet resolved"),
        (#"{"issues": [{"id": "I1", "resolvedOn": null}]}"#, true, "a value it cannot read"),
        (#"{"issues": [{"\u0069d": "I1", "resolvedOn": "2015-05-03"}]}"#, true, "an escaped character"),
        (#"{"issues": []}"#, false, "nothing at all"),
    ])
    func scan(text: String, mayHold: Bool, why: String) {
        #expect(OpenItemScan.mayHoldOpenItems(Data(text.utf8), on: date) == mayHold, "\(why)")
    }

    @Test("status still lists an old request referred long ago, and one resolved after the date asked about")
    func statusFindsOldItems() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["date": "2013-05-02"]))
        try icv.succeed(InProcessICV.visit(["date": "2014-05-02"]))
        try icv.succeed(["request", "add", "CV1", "--category", "doctor-or-nurse", "--status", "referred"])
        try icv.succeed(["request", "add", "CV2", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["request", "resolve", "R2", "--outcome", "Solicitor called", "--date", "2015-05-01"])
        let now = try icv.succeed(["status", "--json"])
        let then = try icv.succeed(["status", "--date", "2015-04-01", "--json"])
        func ids(_ json: String) throws -> [String] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["openRequests"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try ids(now) == ["R1"])
        #expect(try ids(then) == ["R1", "R2"])
    }
}
