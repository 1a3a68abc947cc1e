import Foundation

/// A volunteer as the register keeps them: who they are, and the hours they gave outside visits. The hours are most of a
/// national register's bytes and matter only to the annual report and to the volunteer's own page, so a command that
/// checks or lists volunteers reads the `Volunteer` alone.
public struct VolunteerRecord: Sendable, Equatable {
    public var volunteer: Volunteer
    /// In date order.
    public var activities: [Activity]

    public init(_ volunteer: Volunteer, activities: [Activity] = []) {
        self.volunteer = volunteer
        self.activities = activities
    }

    public var id: VolunteerID { volunteer.id }
}
