import ICVDomain
import ICVStorage

/// A site with the habits the generator gives it: how busy it is and how reliably its visits happen.
struct SiteProfile {
    var site: Site
    /// Typical number of detainees in custody at a visit.
    var size: Int
    /// The chance that a week (a month for kennels) due a visit gets one.
    var diligence: Double
}
