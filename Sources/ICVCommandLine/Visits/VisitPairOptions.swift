import Foundation
import ICVDomain

/// The flags `visit log` and `kennel log` share after the site: when the pair came and left, and who they were.
struct VisitPairOptions: ParsableInputs {
    @Option(valueName: "DATE", help: "The day of the visit (the day they arrived).") var date: LocalDate
    @Option(valueName: "HH:MM", help: "When the pair arrived.") var arrived: TimeOfDay
    @Option(valueName: "HH:MM", help: "When they left; earlier than --arrived means the visit ran past midnight.") var left: TimeOfDay
    @Option(valueName: "VOL,VOL", help: "The visitors, by id or full name, separated by commas (at least two).") var visitors: String

    /// The visitors as typed, one a name or id.
    var visitorNames: [String] {
        visitors.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
