import ICVDomain
import ICVStorage

/// Makes distinct, plausible names for sites and volunteers from `Words`.
struct Names {
    private var random: SplitMix64
    private var usedPlaces: Set<String> = []
    private var usedSlugs: Set<String> = []

    init(random: SplitMix64) {
        self.random = random
    }

    /// A town-like name not used before: `Ashford`, `Northgate`.
    mutating func place() -> String {
        for _ in 0..<200 {
            let name = random.pick(Words.placeStarts) + random.pick(Words.placeEnds)
            if usedPlaces.insert(name).inserted { return name }
        }
        // Every combination is taken (several thousand sites): number them.
        var number = usedPlaces.count + 1
        while !usedPlaces.insert("Newtown \(number)").inserted { number += 1 }
        return "Newtown \(number)"
    }

    /// A custody suite's name: its town, or (one in four) a street in it; distinct slugs guaranteed.
    mutating func suite() -> String {
        while true {
            let town = place()
            let name = random.chance(0.25) ? "\(town) \(random.pick(Words.streetKinds))" : town
            if usedSlugs.insert(Site.slug(for: name)).inserted { return name }
        }
    }

    /// `Lorien Dunavane`: made of syllables, so it is nobody's real name.
    mutating func person() -> String {
        let given = random.pick(Words.givenStarts) + random.pick(Words.givenEnds)
        let family = random.pick(Words.familyStarts) + random.pick(Words.familyMiddles) + random.pick(Words.familyEnds)
        return "\(given) \(family)"
    }
}
