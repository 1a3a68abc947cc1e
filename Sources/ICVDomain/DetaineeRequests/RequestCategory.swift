import Foundation

/// What a detainee asked for, in the categories the annual report counts.
public enum RequestCategory: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case doctorOrNurse = "doctor-or-nurse"
    case refreshments
    case phoneCall = "phone-call"
    case readingMaterial = "reading-material"
    case blankets
    case updateOnDetention = "update-on-detention"
    case solicitor
    case exercise
    case tissues
    case religiousText = "religious-text"
    case shower
    case clothing
    case toiletries
    case medication
    case appropriateAdult = "appropriate-adult"
    case interpreter
    case rightsAndEntitlements = "rights-and-entitlements"
    case other
}
