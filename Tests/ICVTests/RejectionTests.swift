import Foundation
import Testing
import ICVCommandLine
import ICVTestSupport

/// Every rejected input: the right exit code, `error:` with a message that says what to do, nothing on stdout, no file changed.
@Suite struct RejectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let exitCode: Int32
        let message: String
        var testDescription: String { arguments.prefix(3).joined(separator: " ") + " → " + message }

        init(_ arguments: [String], _ exitCode: Int32, _ message: String) {
            self.arguments = arguments
            self.exitCode = exitCode
            self.message = message
        }
    }

    static func visit(_ changes: [String: String] = [:], extra: [String] = []) -> [String] {
        InProcessICV.visit(changes, extra: extra)
    }

    static let visitCases: [Case] = [
        Case(visit(["date": "2015-06-02"]), 1, "2 June 2015 is in the future (today is 1 June 2015). Log a visit once it has happened."),
        Case(visit(["date": "2015-06-01", "arrived": "12:01", "left": "13:00"]), 1, "Arriving at 12:01 on 1 June 2015 is in the future (it is now 12:00). Log a visit once it has happened."),
        Case(visit(["offered": "0", "spoken-to": "0"], extra: ["--request", "blankets"]), 1, "Requests come from detainees spoken to, and nobody was spoken to on this visit, so it takes no request. Check --spoken-to."),
        Case(visit(["site": "Eustn Street"]), 1, "There is no site 'Eustn Street'. Did you mean: Euston Street (euston-street)? See `icv site list` for all of them."),
        Case(visit(["site": "euston st"]), 1, "There is no site 'euston st'. Did you mean: Euston Street (euston-street)?"),
        Case(visit(["site": "Oadby"]), 1, "There is no site 'Oadby'. Did you mean: Dog Unit (dog-unit), Euston Street (euston-street), Keyham Lane (keyham-lane), Wigston (wigston)?"),
        Case(visit(["site": "Dog Unit"]), 1, "Dog Unit is kennels, not a custody suite. Log visits to it with `icv kennel log`."),
        Case(visit(["site": "keyham-lane", "date": "2014-11-10"]), 1, "Keyham Lane is closed from 3 November 2014 to 14 December 2014 (Refurbishment), so no visit can be logged on 10 November 2014."),
        Case(visit(["visitors": "V1"]), 1, "Visits are made in pairs: give at least two visitors with --visitors, separated by commas."),
        Case(visit(["visitors": "V1,ann ray"]), 1, "Ann Ray (V1) is named twice."),
        Case(visit(["visitors": "V1,Zed Ray"]), 1, "There is no volunteer 'Zed Ray'. Did you mean: Ann Ray (V1)?"),
        Case(visit(["visitors": "V1,V99"]), 1, "There is no volunteer 'V99'. See `icv volunteer list` for the ids and names."),
        Case(visit(["visitors": "V1,V4"]), 1, "Dee Fox (V4) was suspended from 1 February 2015, so could not visit on 2 May 2015: only active volunteers and probationers may visit."),
        Case(visit(["visitors": "V1,V5"]), 1, "Eve Gale (V5) had left the scheme by 2 May 2015"),
        Case(visit(["visitors": "V1,V3", "date": "2014-12-01"]), 1, "Cal Dee (V3) had not joined on 1 December 2014 (joined 10 January 2015)."),
        Case(visit(["visitors": "V1,V6"]), 1, "Fay Holt (V6) is not a member of the Independent Custody Visiting scheme."),
        Case(visit(["offered": "9"]), 1, "9 offered a visit is more than the 8 available (12 in custody, 4 not available)."),
        Case(visit(["spoken-to": "9"]), 1, "9 spoken to is more than the 8 offered a visit."),
        Case(visit(["in-custody": "-1"]), 1, "'-1' is not a valid --in-custody: give a whole number, 0 or more."),
        Case(visit(["offered": "lots"]), 1, "'lots' is not a valid --offered: give a whole number, 0 or more."),
        Case(visit(["date": "2015-02-30"]), 1, "'2015-02-30' is not a valid --date: give a date as YYYY-MM-DD, such as 2014-05-02."),
        Case(visit(["arrived": "25:00"]), 1, "'25:00' is not a valid --arrived: give a 24-hour time as HH:MM, such as 19:40."),
        Case(visit(["admitted": "19:51"]), 1, "The visitors waited 11 minutes to be admitted (arrived 19:40, admitted 19:51). A delay over 10 minutes must be explained: add --delay-reason TEXT."),
        Case(visit(["admitted": "21:10"]), 1, "Admitted at 21:10 is not between arrival at 19:40 and leaving at 21:05."),
        Case(visit(["arrived": "07:00", "left": "19:30"]), 1, "would last 12.5 hours; visits over 12 hours are not accepted."),
        Case(visit(["left": "19:40"]), 1, "The visit left at 19:40, the same time it arrived."),
        Case(visit(extra: ["--request", "coffee"]), 1, "'coffee' is not a valid --request: give one of doctor-or-nurse, refreshments,"),
        Case(visit(extra: ["--request", "other"]), 1, "A request of category other needs a detail saying what was asked for"),
        Case(visit(extra: ["--site"]), 2, "--site needs a value (--site SITE)."),
        Case(visit(extra: ["--colour", "red"]), 2, "Unknown option '--colour' for `icv visit log`.\n"),
        Case(visit(extra: ["--note", "Quiet"]), 2, "Unknown option '--note' for `icv visit log`. Did you mean --notes?"),
        Case(visit(extra: ["CV1"]), 2, "Unexpected argument 'CV1'."),
        Case(Array(visit().prefix(4)), 2, "Missing --date DATE."),
        Case(visit(extra: ["--notes", "a", "--notes", "b"]), 2, "--notes is given more than once."),
        Case(["visit", "lgo"], 2, "Unknown command 'icv visit lgo'."),
        Case(["visits"], 2, "Unknown command 'visits'."),
        Case(["visit"], 2, "`icv visit` needs a subcommand."),
        Case(["visit", "show", "V1"], 1, "'V1' is not a valid --visit: give a visit id such as CV12."),
        Case(["visit", "show", "CV99"], 1, "There is no visit 'CV99'. See `icv visit list` for the ids and names."),
        Case(["visit", "list", "--year", "2014/16"], 1, "'2014/16' is not a valid --year: give a financial year such as 2014 or 2014/15."),
        Case(["visit", "list", "--year", "2014", "--from", "2014-05-01"], 2, "Give --year, or --from and --to, not both."),
    ]

    static let siteCases: [Case] = [
        Case(["site", "add", "euston street", "--kind", "custody-suite"], 1, "There is already a site Euston Street (euston-street). Give the new site a different name."),
        Case(["site", "add", "Oadby", "--kind", "prison"], 1, "'prison' is not a valid --kind: give one of custody-suite or kennels."),
        Case(["site", "add", "Oadby", "--kind", "custody-suite", "--occasional", "--target", "1/week"], 1, "An occasional site has no standing target."),
        Case(["site", "add", "Oadby", "--kind", "custody-suite", "--target", "0/week"], 1, "A target of 0 visits is not a target."),
        Case(["site", "add", "!!!", "--kind", "custody-suite"], 1, "'!!!' cannot name a site"),
        Case(["site", "add", "Oadby"], 2, "Missing --kind custody-suite|kennels."),
        Case(["site", "target", "euston-street", "0/week", "--from", "2015-04-01"], 1, "A target of 0 visits is not a target."),
        Case(["site", "target", "euston-street", "1/year", "--from", "2015-04-01"], 1, "'1/year' is not a valid --target: give a period of week, fortnight or month, as in 1/week."),
        Case(["site", "target", "euston-street", "1/fortnight", "--from", "2015-04-01", "--to", "2015-03-01"], 1, "--to 2015-03-01 is before --from 2015-04-01."),
        Case(["site", "target", "euston-street", "1/month", "--from", "2015-04-01"], 1, "Euston Street's targets are judged by weeks, so give N/week or N/fortnight."),
        Case(["site", "target", "dog-unit", "1/week", "--from", "2015-04-01"], 1, "Dog Unit's targets are judged by calendar months, so give N/month."),
        Case(["site", "target", "euston-street", "1/week"], 2, "Missing --from DATE."),
        Case(["site", "close", "euston-street", "--from", "2015-04-01", "--to", "2015-03-01"], 1, "--to 2015-03-01 is before --from 2015-04-01."),
        Case(["site", "close", "nowhere", "--from", "2015-04-01"], 1, "There is no site 'nowhere'."),
        Case(["site", "show", "a", "b"], 2, "Unexpected argument 'b'."),
    ]

    static let volunteerCases: [Case] = [
        Case(["volunteer", "add", "Hal Jay", "--scheme", "icv", "--joined", "2015-01-01", "--status", "left"], 1, "A new volunteer starts as active or on probation."),
        Case(["volunteer", "add", "Hal Jay", "--scheme", "police", "--joined", "2015-01-01"], 1, "'police' is not a valid --scheme: give icv or aws."),
        Case(["volunteer", "add", "Hal Jay", "--scheme", "icv", "--joined", "2015-01-01", "--vetting-cleared", "2015-01-01"], 2, "Give --vetting-cleared and --vetting-expires together."),
        Case(["volunteer", "add", "Hal Jay", "--scheme", "icv", "--joined", "2015-01-01", "--vetting-cleared", "2015-01-01", "--vetting-expires", "2014-01-01"], 1, "Vetting cannot expire (1 January 2014) before it was cleared (1 January 2015)."),
        Case(["volunteer", "add", "V12", "--scheme", "icv", "--joined", "2015-01-01"], 1, "'V12' cannot be a volunteer's name"),
        Case(["volunteer", "add", "Hal Jay", "--joined", "2015-01-01"], 2, "Missing --scheme icv|aws."),
        Case(["volunteer", "update", "V1", "--status", "active"], 2, "--status needs --from DATE."),
        Case(["volunteer", "update", "V1", "--from", "2015-01-01"], 2, "--from goes with --status: give the new status as well."),
        Case(["volunteer", "update", "V1", "--status", "left", "--left", "2015-01-01", "--from", "2015-01-01"], 2, "Give the leaving date once, with --left DATE."),
        Case(["volunteer", "update", "V1", "--status", "active", "--from", "2015-01-01", "--left", "2015-02-01"], 2, "--left goes with --status left only."),
        Case(["volunteer", "update", "V1"], 2, "Nothing to update"),
        Case(["volunteer", "update", "V1", "--status", "retired", "--from", "2015-01-01"], 1, "'retired' is not a valid --status: give one of probation, active, suspended or left."),
        Case(["volunteer", "update", "V1", "--status", "suspended", "--from", "2009-01-01"], 1, "Ann Ray joined on 1 January 2010; a status cannot start before that (1 January 2009)."),
        Case(["volunteer", "update", "nobody", "--left", "2015-01-01"], 1, "There is no volunteer 'nobody'."),
        Case(["volunteer", "activity", "V1", "--date", "2015-05-01", "--kind", "training", "--hours", "0"], 1, "'0' is not a valid --hours: give a number of hours above 0 and at most 24"),
        Case(["volunteer", "activity", "V1", "--date", "2015-05-01", "--kind", "training", "--hours", "lots"], 1, "'lots' is not a valid --hours"),
        Case(["volunteer", "activity", "V1", "--date", "2015-07-01", "--kind", "training", "--hours", "2"], 1, "1 July 2015 is in the future (today is 1 June 2015). Record hours once they have been given."),
        Case(["volunteer", "activity", "V1", "--date", "2015-05-01", "--kind", "party", "--hours", "2"], 1, "'party' is not a valid --kind: give one of team-meeting, training or other."),
        Case(["volunteer", "activity", "V3", "--date", "2014-05-01", "--kind", "training", "--hours", "2"], 1, "Cal Dee joined on 10 January 2015, after 1 May 2014."),
        Case(["volunteer", "activity", "V5", "--date", "2015-03-01", "--kind", "training", "--hours", "2"], 1, "Eve Gale left the scheme on 1 March 2015, so gave no hours on 1 March 2015. Check the date and the volunteer; if they have come back, record that first with `icv volunteer update V5 --status active --from DATE`.\n"),
        Case(["volunteer", "activity", "Eve Gale", "--date", "2015-05-20", "--kind", "other", "--hours", "1"], 1, "Eve Gale left the scheme on 1 March 2015, so gave no hours on 20 May 2015. Check the date and the volunteer; if they have come back, record that first with `icv volunteer update V5 --status active --from DATE`.\n"),
        Case(["volunteer", "list", "--status", "gone"], 1, "'gone' is not a valid --status"),
    ]

    static let followUpCases: [Case] = [
        Case(["request", "add", "CV9", "--category", "refreshments"], 1, "There is no visit 'CV9'. See `icv visit list` for the ids and names."),
        Case(["request", "add", "KI1", "--category", "refreshments"], 1, "KI1 is a kennel inspection; detainee requests belong to custody visits (CV…)."),
        Case(["request", "add", "CV1", "--category", "coffee"], 1, "'coffee' is not a valid --category"),
        Case(["request", "add", "CV1", "--category", "other"], 1, "A request of category other needs a detail"),
        Case(["request", "add", "CV1", "--category", "solicitor", "--status", "resolved"], 1, "A request is resolved with its outcome"),
        Case(["request", "resolve", "R1", "--outcome", "Done"], 1, "R1 is resolved-at-visit; only referred and outstanding requests can be resolved."),
        Case(["request", "resolve", "R2", "--outcome", "Done", "--date", "2015-05-01"], 1, "R2 cannot be resolved on 1 May 2015, before the visit on 2 May 2015. Check --date."),
        Case(["request", "resolve", "R2", "--outcome", "Done", "--date", "2015-06-05"], 1, "5 June 2015 is in the future (today is 1 June 2015). Give the day it was resolved, today or earlier, with --date."),
        Case(["request", "resolve", "R2", "--outcome", "  "], 1, "--outcome is empty: say what was done."),
        Case(["request", "resolve", "R2"], 2, "Missing --outcome TEXT."),
        Case(["request", "resolve", "R9", "--outcome", "Done"], 1, "There is no request 'R9'."),
        Case(["issue", "add", "X1", "--category", "food", "--detail", "Cold"], 1, "'X1' is not a valid --visit: give a visit id such as CV12 or KI3."),
        Case(["issue", "add", "CV1", "--category", "noise", "--detail", "Loud"], 1, "error: 'noise' is not a valid --category: give one of health-and-safety, cell-conditions, food, detainee-welfare, dignity, allegation, staffing or other on a custody visit; one of housing, exercise, training, transport, health-records, feeding, dog-welfare, health-and-safety or other on a kennel inspection.\n"),
        Case(["issue", "add", "KI1", "--category", "cell-conditions", "--detail", "Graffiti"], 1, "error: cell-conditions is not an issue category for a kennel inspection. Use one of: housing, exercise, training, transport, health-records, feeding, dog-welfare, health-and-safety, other.\n"),
        Case(["issue", "add", "CV1", "--category", "housing", "--detail", "Cramped"], 1, "error: housing is not an issue category for a custody visit. Use one of: health-and-safety, cell-conditions, food, detainee-welfare, dignity, allegation, staffing, other.\n"),
        Case(["issue", "add", "CV1", "--category", "food"], 2, "Missing --detail TEXT."),
        Case(["issue", "resolve", "I2", "--outcome", "Again"], 1, "I2 is resolved (on 10 May 2015); only open issues can be resolved."),
        Case(["kennel", "log", "--site", "dog-unit", "--date", "2015-05-02", "--arrived", "10:00", "--left", "11:00", "--visitors", "V1,V2", "--dogs-observed", "4"], 1, "Ann Ray (V1) is not a member of the Animal Welfare Scheme. Add them with `icv volunteer update V1 --scheme aws`, or check the visitors."),
        Case(["kennel", "log", "--site", "euston-street", "--date", "2015-05-02", "--arrived", "10:00", "--left", "11:00", "--visitors", "V6,V7", "--dogs-observed", "4"], 1, "Euston Street is a custody suite, not kennels. Log visits to it with `icv visit log`."),
        Case(["kennel", "log", "--site", "dog-unit", "--date", "2015-05-02", "--arrived", "10:00", "--left", "11:00", "--visitors", "V6,V7", "--dogs-observed", "4", "--housing", "good"], 1, "'good' is not a valid --housing: give one of satisfactory, concern or not-checked."),
    ]

    /// The small scheme with one visit (CV1, 2 May 2015 at 10:00) carrying a request resolved at the visit (R1),
    /// a referred request (R2), an open issue (I1) and a resolved one (I2); and a kennel inspection (KI1, 3 May 2015).
    static func scheme() throws -> InProcessICV {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["arrived": "10:00", "left": "11:00"], extra: ["--request", "refreshments"]))
        try icv.succeed(["kennel", "log", "--site", "dog-unit", "--date", "2015-05-03", "--arrived", "10:00", "--left", "11:00",
                         "--visitors", "V6,V7", "--dogs-observed", "4"])
        try icv.succeed(["request", "add", "CV1", "--category", "solicitor", "--status", "referred"])
        try icv.succeed(["issue", "add", "CV1", "--category", "food", "--detail", "Out-of-date food"])
        try icv.succeed(["issue", "add", "CV1", "--category", "cell-conditions", "--detail", "Graffiti"])
        try icv.succeed(["issue", "resolve", "I2", "--outcome", "Painted", "--date", "2015-05-10"])
        return icv
    }

    @Test("a rejected command changes nothing and says why", arguments: visitCases + siteCases + volunteerCases + followUpCases)
    func rejected(_ testCase: Case) throws {
        let icv = try Self.scheme()
        let before = icv.snapshot()
        let result = icv.run(testCase.arguments)
        #expect(result.exitCode == testCase.exitCode)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(testCase.message), "stderr was: \(result.stderr)")
        if testCase.exitCode == 2 {
            #expect(result.stderr.contains("Usage: icv"))
        }
        #expect(icv.snapshot() == before)
    }

    /// Runs a command that must be refused with exactly `message` (exit 1, nothing on stdout), changing no file.
    private func expectRefused(_ icv: InProcessICV, _ arguments: [String], _ message: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let before = icv.snapshot()
        let result = icv.run(arguments)
        #expect(result.exitCode == 1, sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        #expect(result.stderr == "error: \(message)\n", sourceLocation: sourceLocation)
        #expect(icv.snapshot() == before, sourceLocation: sourceLocation)
    }

    @Test("a visit overlapping another at its site names the one already logged, and --allow-duplicate logs it anyway")
    func duplicate() throws {
        let icv = try Self.scheme()
        expectRefused(icv, InProcessICV.visit(["arrived": "10:30", "left": "11:30", "visitors": "V3,V7"]),
                      "This visit overlaps CV1 at Euston Street on 2 May 2015, 10:00–11:00, so it is probably the same visit typed twice. If it really is another visit, add --allow-duplicate; otherwise see `icv visit show CV1`.")
        #expect(try icv.succeed(InProcessICV.visit(["arrived": "10:30", "left": "11:30", "visitors": "V3,V7"], extra: ["--allow-duplicate"]))
            .hasPrefix("Logged CV2:"))
    }

    @Test("a visitor on another visit at the same time is refused, naming it, even with --allow-duplicate", arguments: [
        ("keyham-lane", []), ("euston-street", ["--allow-duplicate"]),
    ])
    func visitorElsewhere(site: String, extra: [String]) throws {
        let icv = try Self.scheme()
        expectRefused(icv, InProcessICV.visit(["site": site, "arrived": "10:59", "left": "12:00", "visitors": "V3,V1"], extra: extra),
                      "Ann Ray (V1) was on another visit at the same time: CV1 at Euston Street on 2 May 2015, 10:00–11:00. One person cannot be in two places: check the visitors, the date and the times.")
    }

    @Test("a request added to a visit where nobody was spoken to is refused")
    func requestWithoutSpokenTo() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["offered": "0", "spoken-to": "0"]))
        expectRefused(icv, ["request", "add", "CV1", "--category", "blankets"],
                      "CV1 spoke to nobody, and requests come from detainees spoken to. If someone was spoken to, the visit's figures are wrong: undo it and log it again.")
    }

    @Test("a kennel inspection by a visitor on a custody visit at the same time is refused")
    func kennelVisitorElsewhere() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit(["visitors": "V1,V7", "arrived": "22:00", "left": "01:00", "date": "2015-05-01"]))
        expectRefused(icv, ["kennel", "log", "--site", "dog-unit", "--date", "2015-05-02", "--arrived", "00:30", "--left", "01:30",
                                "--visitors", "V6,V7", "--dogs-observed", "4"],
                      "Gus Ivy (V7) was on another visit at the same time: CV1 at Euston Street on 1 May 2015, 22:00–01:00. One person cannot be in two places: check the visitors, the date and the times.")
    }

    @Test("an ambiguous volunteer name lists the candidates")
    func ambiguousName() throws {
        let icv = try Self.scheme()
        let result = icv.run(["volunteer", "add", "Ann Ray", "--scheme", "icv", "--joined", "2012-01-01"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "warning: V1 is also called Ann Ray; use their ids (V1, V8) to tell them apart.\n")
        let before = icv.snapshot()
        let rejected = icv.run(InProcessICV.visit(["visitors": "ann ray,V2", "date": "2015-05-03"]))
        #expect(rejected.exitCode == 1)
        #expect(rejected.stderr == "error: 'ann ray' could be more than one volunteer: Ann Ray (V1), Ann Ray (V8). Give the id instead.\n")
        #expect(icv.snapshot() == before)
    }

    @Test("a site cannot be closed over a visit already logged there")
    func closeOverVisit() throws {
        let icv = try Self.scheme()
        let before = icv.snapshot()
        let result = icv.run(["site", "close", "euston-street", "--from", "2015-05-01", "--to", "2015-05-03"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("CV1 records a visit to Euston Street on 2 May 2015, inside that closure."))
        #expect(icv.snapshot() == before)
    }

    @Test("a leaving date that would put recorded hours on or after it is refused, naming the hours")
    func leavingBeforeHours() throws {
        let icv = try Self.scheme()
        try icv.succeed(["volunteer", "activity", "V7", "--date", "2015-05-10", "--kind", "training", "--hours", "2"])
        expectRefused(icv, ["volunteer", "update", "V7", "--left", "2015-05-10"],
                      "Gus Ivy has training hours recorded on 10 May 2015, on or after 10 May 2015, when this change would make them left. Check the date, or the hours.")
        #expect(try icv.succeed(["volunteer", "update", "V7", "--left", "2015-05-11"]) == "Updated V7 Gus Ivy: left from 11 May 2015.\n")
    }

    @Test("a status change that would invalidate a logged visit is refused")
    func statusChangeAgainstVisit() throws {
        let icv = try Self.scheme()
        let before = icv.snapshot()
        let result = icv.run(["volunteer", "update", "V2", "--left", "2015-04-30"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: Ben Oke is named on CV1 on 2 May 2015, when this change would make them left. Check the date, or the visit.\n")
        #expect(icv.snapshot() == before)
    }
}
