import ICVDomain
import ICVStorage

/// Finds a pair (sometimes three) of one scheme's members who may visit on a date, as the coordinator's rota would.
struct Roster {
    private let members: [Volunteer]

    init(_ volunteers: [Volunteer], scheme: SchemeKind) {
        members = volunteers.filter { $0.isMember(of: scheme) }
    }

    /// `count` distinct members active or on probation on the date and on none of the `busy` visits; fewer only when
    /// fewer may visit then.
    func visitors(_ count: Int, on date: LocalDate, busy: [NamedVisit], random: inout SplitMix64) -> [Volunteer] {
        let engaged = Set(busy.flatMap(\.place.visitors))
        func mayVisit(_ candidate: Volunteer) -> Bool {
            candidate.status(on: date)?.mayVisit == true && !engaged.contains(candidate.id)
        }
        var chosen: [Volunteer] = []
        var tries = 0
        // Most members may visit on most days, so a few random draws almost always find them.
        while chosen.count < count && tries < 64 {
            tries += 1
            let candidate = random.pick(members)
            if mayVisit(candidate), !chosen.contains(where: { $0.id == candidate.id }) {
                chosen.append(candidate)
            }
        }
        guard chosen.count < count else { return chosen }
        var eligible = members.filter { candidate in
            mayVisit(candidate) && !chosen.contains { $0.id == candidate.id }
        }
        random.shuffle(&eligible)
        return chosen + eligible.prefix(count - chosen.count)
    }
}
