import Foundation
import Testing
import ICVCommandLine
import ICVTestSupport

/// `icv site update`: a site's name, opening day and standing target change, its id and visits stay.
@Suite struct SiteUpdateTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The small scheme with one visit to Euston Street on 2 May 2015.
    private func scheme() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        return icv
    }

    @Test("a new name keeps the id, so visits stay with the site and it is found by either name's id")
    func rename() throws {
        let icv = try scheme()
        #expect(try icv.succeed(["site", "update", "Euston Street", "--name", "Euston Street Police Station"])
            == "Updated Euston Street Police Station (euston-street): named Euston Street Police Station.\n")
        let site = try object(try icv.succeed(["site", "show", "euston-street", "--json"]))
        #expect(site["name"] as? String == "Euston Street Police Station")
        #expect(try icv.succeed(["visit", "list"]).contains("Euston Street Police Station"))
        #expect(try icv.succeed(["check"]).hasSuffix("No problems found.\n"))
    }

    @Test("--opened moves the day the site joined, so the weeks before it are not due")
    func opened() throws {
        let icv = try scheme()
        #expect(try icv.succeed(["site", "update", "keyham-lane", "--opened", "2015-05-04"])
            == "Updated Keyham Lane (keyham-lane): in the scheme from 4 May 2015.\n")
        let report = try object(try icv.succeed(["compliance", "--from", "2015-04-06", "--to", "2015-05-10", "--site", "keyham-lane", "--json"]))
        let sites = try #require(report["sites"] as? [[String: Any]])
        #expect(sites.first?["periodsDue"] as? Int == 1)
    }

    @Test("--occasional drops the standing target and --target sets one")
    func target() throws {
        let icv = try scheme()
        #expect(try icv.succeed(["site", "update", "keyham-lane", "--occasional"])
            == "Updated Keyham Lane (keyham-lane): occasional, no target.\n")
        #expect(try icv.succeed(["site", "update", "wigston", "--target", "2/fortnight"])
            == "Updated Wigston (wigston): target 2/fortnight.\n")
        let wigston = try object(try icv.succeed(["site", "show", "wigston", "--json"]))
        #expect(wigston["occasional"] as? Bool == false)
        #expect(wigston["target"] as? String == "2/fortnight")
        let keyham = try object(try icv.succeed(["site", "show", "keyham-lane", "--json"]))
        #expect(keyham["occasional"] as? Bool == true)
        #expect(keyham["target"] == nil || keyham["target"] is NSNull)
    }

    @Test("what site update refuses changes nothing and says why", arguments: [
        (["site", "update", "euston-street"], Int32(2), "Nothing to update: give --name, --opened, --occasional or --target."),
        (["site", "update", "euston-street", "--occasional", "--target", "1/week"], 2, "Give --occasional or --target, not both."),
        (["site", "update", "nowhere", "--opened", "2015-01-01"], 1, "There is no site 'nowhere'."),
        (["site", "update", "euston-street", "--name", "keyham lane"], 1, "There is already a site Keyham Lane (keyham-lane). Give the site a different name."),
        (["site", "update", "euston-street", "--name", "!!"], 1, "'!!' cannot name a site: give a name with letters or digits"),
        (["site", "update", "euston-street", "--opened", "2015-05-03"], 1, "CV1 visited Euston Street on 2 May 2015, before 3 May 2015; a site cannot join the scheme after a visit to it. Give 2 May 2015 or earlier."),
        (["site", "update", "euston-street", "--target", "1/month"], 1, "Euston Street has a `site target` rule judged by weeks (2/week from 5 January 2015), so its standing target must be N/week or N/fortnight too."),
        (["site", "update", "euston-street", "--target", "0/week"], 1, "A target of 0 visits is not a target."),
    ])
    func refused(arguments: [String], exitCode: Int32, message: String) throws {
        let icv = try scheme()
        if arguments.contains("1/month") {
            try icv.succeed(["site", "target", "euston-street", "2/week", "--from", "2015-01-05"])
        }
        let before = icv.snapshot()
        let result = icv.run(arguments)
        #expect(result.exitCode == exitCode)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: \(message)"), "stderr was: \(result.stderr)")
        #expect(icv.snapshot() == before)
    }
}
