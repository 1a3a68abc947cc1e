import ICVDomain
import ICVStorage

/// Finds a pair (sometimes three) of one scheme's members who may visit on a date, as the coordinator's rota would.
struct Roster {
    private let members: [Volunteer]

    init(_ volunteers: [Volunteer], scheme: SchemeKind) {
        members = volunteers.filter { $0.isMember(of: scheme) }
    }

    /// `count` distinct members active or on probation on the date; fewer only when fewer may visit that day.
    func visitors(_ count: Int, on date: LocalDate, random: inout SplitMix64) -> [Volunteer] {
        var chosen: [Volunteer] = []
        var tries = 0
        // Most members may visit on most days, so a few random draws almost always find them.
        while chosen.count < count && tries < 64 {
            tries += 1
            let candidate = random.pick(members)
            if candidate.status(on: date)?.mayVisit == true, !chosen.contains(where: { $0.id == candidate.id }) {
                chosen.append(candidate)
            }
        }
        guard chosen.count < count else { return chosen }
        var eligible = members.filter { candidate in
            candidate.status(on: date)?.mayVisit == true && !chosen.contains { $0.id == candidate.id }
        }
        random.shuffle(&eligible)
        return chosen + eligible.prefix(count - chosen.count)
    }
}
