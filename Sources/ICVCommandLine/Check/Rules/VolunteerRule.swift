import Foundation
import ICVDomain
import ICVStorage

/// Each volunteer's record and hours hold together (`VolunteerRecord.violations`).
struct VolunteerRule: CheckRule {
    static let summary = "Each volunteer is in a scheme; their status history starts on the joined date, runs in date order and agrees with the day they left; each clearance expires after it was cleared, and the vetting history runs in the order cleared; hours make sense."

    static let triggeringExamples = [
        CheckExample("a left date the status history does not have", .setFields(file: "volunteers.json", id: "V5", ["left": "null"]),
                     problems: ["volunteers.json V5: Eve Gale's record gives no day they left, but the status history says they left on 1 March 2015."]),
        CheckExample("a member of neither scheme", .setFields(file: "volunteers.json", id: "V3", ["schemes": "[]"]),
                     problems: ["volunteers.json V3: Cal Dee is a member of neither scheme; give them icv, aws or both."]),
        CheckExample("hours recorded on the day a volunteer left",
                     .setFields(file: "volunteers.json", id: "V5", ["activities": #"[{"date" : "2015-03-01", "hours" : 2, "kind" : "training"}]"#]),
                     problems: ["volunteers.json V5: Eve Gale's training on 1 March 2015 is on or after the day they left, 1 March 2015."]),
        CheckExample("vetting that expires before it was cleared",
                     .setFields(file: "volunteers.json", id: "V7", ["vettingHistory": #"[{"cleared" : "2012-01-02", "expires" : "2012-01-01"}, {"cleared" : "2015-05-03", "expires" : "2018-05-03"}]"#]),
                     problems: ["volunteers.json V7: Gus Ivy's vetting expires on 1 January 2012, before it was cleared on 2 January 2012."]),
        CheckExample("a clearance listed after a later one",
                     .setFields(file: "volunteers.json", id: "V7", ["vettingHistory": #"[{"cleared" : "2012-01-01", "expires" : "2015-01-01"}, {"cleared" : "2015-05-03", "expires" : "2018-05-03"}, {"cleared" : "2013-01-01", "expires" : "2019-01-01"}]"#]),
                     problems: ["volunteers.json V7: Gus Ivy's vetting history is not in the order cleared, one clearance a day."]),
        CheckExample("vetting in the form written before it had a history, expiring before it was cleared",
                     .setFields(file: "volunteers.json", id: "V7", ["vettingHistory": #"[{"cleared" : "2015-05-03", "expires" : "2018-05-03"}]"#,
                                                                    "vetting": #"{"cleared" : "2012-01-02", "expires" : "2012-01-01"}"#]),
                     problems: ["volunteers.json V7: Gus Ivy's vetting expires on 1 January 2012, before it was cleared on 2 January 2012."]),
    ]

    static let nonTriggeringExamples = [
        CheckExample("hours recorded the day before a volunteer left",
                     .setFields(file: "volunteers.json", id: "V5", ["activities": #"[{"date" : "2015-02-28", "hours" : 2, "kind" : "training"}]"#])),
        CheckExample("a clearance renewed before the one before it expired",
                     .setFields(file: "volunteers.json", id: "V7", ["vettingHistory": #"[{"cleared" : "2012-01-01", "expires" : "2015-01-01"}, {"cleared" : "2014-12-01", "expires" : "2017-12-01"}]"#])),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        for (position, record) in (folder.register ?? []).enumerated() {
            for violation in record.violations {
                problems.add(DataFile.volunteers.path, position: position, id: record.id, Self.message(violation, of: record.volunteer))
            }
        }
    }

    static func message(_ violation: VolunteerViolation, of volunteer: Volunteer) -> String {
        let name = volunteer.name
        switch violation {
        case .noScheme:
            return "\(name) is a member of neither scheme; give them icv, aws or both."
        case .noStatusHistory:
            return "\(name) has no status history; it starts with their status on the joined date."
        case .historyStartsAwayFromJoining(let first):
            return "\(name)'s status history starts on \(first.prose), not on the joined date, \(volunteer.joined.prose)."
        case .historyOutOfOrder:
            return "\(name)'s status history is not in date order, one change a day."
        case .leftDisagreesWithHistory(let left, let history):
            let said = left.map { "gives \($0.prose) as the day they left" } ?? "gives no day they left"
            let shown = history.map { "says they left on \($0.prose)" } ?? "never says they left"
            return "\(name)'s record \(said), but the status history \(shown)."
        case .vettingExpiresBeforeCleared(let vetting):
            return "\(name)'s vetting expires on \(vetting.expires.prose), before it was cleared on \(vetting.cleared.prose)."
        case .vettingHistoryOutOfOrder:
            return "\(name)'s vetting history is not in the order cleared, one clearance a day."
        case .activityHoursOutOfRange(let activity):
            return "\(name)'s \(activity.kind.rawValue) on \(activity.date.prose) is \(Prose.hours(activity.hours)) hours; give above 0 and at most 24."
        case .activityBeforeJoining(let activity):
            return "\(name)'s \(activity.kind.rawValue) on \(activity.date.prose) is before they joined on \(volunteer.joined.prose)."
        case .activityAfterLeaving(let activity, let left):
            return "\(name)'s \(activity.kind.rawValue) on \(activity.date.prose) is on or after the day they left, \(left.prose)."
        }
    }
}
