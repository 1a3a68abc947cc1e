import ICVDomain
import ICVStorage

/// The word lists the generated records draw on. Place names are made up from common English place-name parts; people's
/// names from neutral syllables, so no generated volunteer is a real person.
enum Words {
    static let placeStarts = [
        "Ash", "Beech", "Black", "Bram", "Brook", "Castle", "Chapel", "Clay", "Cold", "Cross", "East", "Elm", "Fair",
        "Fern", "Green", "Hazel", "High", "Holly", "King", "Lark", "Long", "Marsh", "Mill", "Moor", "New", "North",
        "Oak", "Old", "Red", "Rose", "Sand", "South", "Stone", "Thorn", "Water", "West", "White", "Wild", "Willow", "Wood",
    ]
    static let placeEnds = [
        "bridge", "bury", "combe", "croft", "dale", "field", "ford", "gate", "ham", "haven", "hill", "holme", "hurst",
        "ley", "mead", "minster", "mouth", "port", "stead", "stow", "ton", "wick", "worth",
    ]
    /// Most suites are named after their town; some after the street the station is on.
    static let streetKinds = ["Street", "Lane", "Road", "Way"]

    static let givenStarts = [
        "Al", "Bren", "Cas", "Dar", "El", "Fen", "Gal", "Har", "Is", "Jas", "Kel", "Lor", "Mar", "Nel", "Or", "Per",
        "Quin", "Ros", "Sal", "Tam", "Ul", "Val", "Wen", "Yor", "Zel",
    ]
    static let givenEnds = ["a", "an", "en", "ia", "is", "o", "on", "y", "ie", "el", "ra", "in"]
    static let familyStarts = [
        "Ab", "Bel", "Cor", "Dun", "Ev", "Fal", "Gor", "Hol", "Ith", "Kar", "Lin", "Mor", "Nor", "Ost", "Pel", "Rav",
        "Sel", "Tor", "Ur", "Vel", "Wyn",
    ]
    static let familyMiddles = ["a", "e", "i", "o", "ar", "en", "il"]
    static let familyEnds = ["by", "dane", "ford", "holt", "lock", "mere", "more", "stan", "ter", "vane", "wick"]

    static let delayReasons = [
        "Custody sergeant booking in a violent detainee; inspector asked the visitors to wait",
        "Staff dealing with a medical emergency in the cell block",
        "Suite at capacity; visitors waited for an escort to be free",
        "Fire alarm test in progress",
    ]

    static let visitNotes = [
        "Cells clean and well stocked with blankets.",
        "Busy shift; staff courteous and helpful.",
        "Kitchen area tidy; fridge temperatures recorded.",
        "Two detainees asleep; not woken.",
        "Custody sergeant gave a full briefing on arrival.",
        "Interview rooms in use throughout the visit.",
        "Shower out of order; maintenance already booked.",
    ]

    static let requestWeights: [(RequestCategory, Int)] = [
        (.refreshments, 24), (.phoneCall, 14), (.blankets, 12), (.readingMaterial, 10), (.doctorOrNurse, 8),
        (.updateOnDetention, 7), (.solicitor, 6), (.exercise, 4), (.tissues, 3), (.shower, 2), (.clothing, 2),
        (.toiletries, 2), (.medication, 2), (.religiousText, 1), (.appropriateAdult, 1), (.interpreter, 1),
        (.rightsAndEntitlements, 1), (.other, 1),
    ]
    static let otherRequests = [
        "Asked for a different meal option", "Asked for glasses from property", "Asked for a pen and paper",
        "Asked to see the custody sergeant about property",
    ]
    static let requestOutcomes: [RequestCategory: String] = [
        .doctorOrNurse: "Healthcare practitioner saw the detainee",
        .solicitor: "Custody sergeant called the duty solicitor",
        .phoneCall: "Call made once the interview was over",
        .updateOnDetention: "Officer in the case gave an update",
        .medication: "Medication given after the nurse's review",
        .appropriateAdult: "Appropriate adult arrived",
        .interpreter: "Interpreter booked through the language line",
    ]
    static let defaultRequestOutcome = "Custody sergeant dealt with it"

    static let issueWeights: [(Issue.Category, Int)] = [
        (.healthAndSafety, 30), (.cellConditions, 25), (.detaineeWelfare, 15), (.food, 10), (.dignity, 8),
        (.allegation, 5), (.staffing, 5), (.other, 2),
    ]
    static let issueDetails: [Issue.Category: [String]] = [
        .healthAndSafety: ["Fridge and freezer temperatures not recorded", "Out-of-date food in the store",
                           "Chipped kitchen worktop", "Trip hazard in the exercise yard"],
        .cellConditions: ["Graffiti in two cells", "Cell toilet not flushing", "Cell call bell not working",
                          "Cells cold; heating fault"],
        .detaineeWelfare: ["Diabetic detainee unable to eat the breakfast on offer", "Detainee without a blanket overnight",
                           "Detainee not offered a shower after a long stay"],
        .food: ["Limited range of meals for dietary needs", "Microwave meals past their date"],
        .dignity: ["Toilet area visible on the cell camera without pixelation", "No privacy screen at the booking-in desk"],
        .allegation: ["Detainee alleged assault by an officer at arrest"],
        .staffing: ["Suite short of detention officers", "No healthcare practitioner on site overnight"],
        .other: ["Visitors' sign-in book missing"],
    ]
    static let issueOutcomes = [
        "Repaired", "Staff reminded of the procedure", "Raised with the custody inspector; action taken",
        "Wider range confirmed and stocked", "Complaints process explained to the detainee",
    ]
    static let escalations = ["Custody sergeant", "Custody inspector"]

    static let closureReasons = ["Cell block refurbishment", "Flood damage repairs", "Heating and ventilation works"]
    static let kennelNotes = ["New kennel runs in use.", "Two puppies in training.", "Vehicle cages cleaned on arrival."]
    static let kennelIssueDetails = ["Kennel run drainage blocked", "Van cage ventilation fan broken",
                                     "Feeding records not up to date"]
}
