import Foundation
import ICVDomain
import ICVStorage

/// The scheme's time zone is one the system knows, since it decides what "today" is.
struct TimeZoneRule: CheckRule {
    static let summary = "scheme.json names a time zone the system knows."

    static let triggeringExamples = [
        CheckExample("an unknown time zone", .replaceText(file: "scheme.json", "Europe/London", with: "Europe/Leicester"),
                     problems: ["scheme.json: Its timeZone 'Europe/Leicester' is not a known time zone, such as Europe/London."],
                     notChecked: ["Not checked: dates against today, because scheme.json's time zone is not known."]),
    ]

    func check(_ folder: CheckedFolder, _ problems: inout ProblemList) {
        guard let scheme = folder.scheme, TimeZone(identifier: scheme.timeZone) == nil else { return }
        problems.add(DataFile.scheme.path, "Its timeZone '\(scheme.timeZone)' is not a known time zone, such as Europe/London.")
    }
}
