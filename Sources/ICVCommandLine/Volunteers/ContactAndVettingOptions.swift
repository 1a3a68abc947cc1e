import Foundation
import ICVDomain

/// The vetting dates and contact details `volunteer add` and `volunteer update` both take.
struct ContactAndVettingOptions: ParsableInputs {
    @Option(valueName: "DATE", help: "The day police vetting was cleared (with --vetting-expires); earlier ones are kept.") var vettingCleared: LocalDate?
    @Option(valueName: "DATE", help: "The day the vetting runs out; visits from then on give a warning.") var vettingExpires: LocalDate?
    @Option(valueName: "E", help: "Email address.") var email: String?
    @Option(valueName: "P", help: "Phone number.") var phone: String?

    /// Records the clearance given (both dates or neither, expiry after clearance) beside the earlier ones, replacing one
    /// cleared on the same day, and the contact details given.
    func apply(to volunteer: inout Volunteer) throws {
        switch (vettingCleared, vettingExpires) {
        case (let cleared?, let expires?):
            guard expires > cleared else {
                throw ValidationError.rule("Vetting cannot expire (\(expires.prose)) before it was cleared (\(cleared.prose)). Check --vetting-cleared and --vetting-expires.")
            }
            volunteer.addClearance(Volunteer.Vetting(cleared: cleared, expires: expires))
        case (nil, nil):
            break
        default:
            throw UsageError("Give --vetting-cleared and --vetting-expires together.")
        }
        if let email = email?.trimmedText { volunteer.email = email }
        if let phone = phone?.trimmedText { volunteer.phone = phone }
    }
}
