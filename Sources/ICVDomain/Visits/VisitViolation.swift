import Foundation

/// A rule of SPEC.md's "Rules that a visit must pass" that a custody visit or kennel inspection breaks, with what is
/// needed to say so. The command line says it in words, naming the flags or the columns the values came from.
public enum VisitViolation: Error, Equatable, Sendable {
    /// The site is of the other kind: custody visits go to custody suites, kennel inspections to kennels.
    case wrongSiteKind(Site, expected: Site.Kind)
    /// The date is before the site joined the scheme.
    case siteNotYetInScheme(Site, opened: LocalDate, date: LocalDate)
    case siteClosed(Site, Site.Closure, date: LocalDate)
    case dateInFuture(LocalDate, today: LocalDate)
    /// Dated today, arriving later than now.
    case arrivalInFuture(LocalDate, arrived: TimeOfDay, now: TimeOfDay)
    case visitorNamedTwice(Volunteer)
    case fewerThanTwoVisitors
    case visitorNotMember(Volunteer, scheme: SchemeKind)
    case visitorNotYetJoined(Volunteer, date: LocalDate)
    case visitorHadLeft(Volunteer, date: LocalDate)
    /// Suspended (or any status that may not visit) since `since`.
    case visitorMayNotVisit(Volunteer, status: VolunteerStatus, since: LocalDate, date: LocalDate)
    case leftWhenArrived(VisitTimes)
    case visitTooLong(VisitTimes)
    case admittedOutsideVisit(VisitTimes, admitted: TimeOfDay)
    case admissionDelayUnexplained(VisitTimes, admitted: TimeOfDay, minutes: Int)
    case negativeCount(DetaineeCounts.Field, Int)
    case countTooLarge(DetaineeCounts.Field, Int)
    case notAvailableExceedsInCustody(DetaineeCounts)
    case offeredExceedsAvailable(DetaineeCounts)
    case spokenToExceedsOffered(DetaineeCounts)
    /// Requests on a visit where nobody was spoken to.
    case requestsWithoutDetaineesSpokenTo(Int)
    /// At the same site as another visit, at a time overlapping it: the visit already recorded, or the earlier row of a
    /// file being imported.
    case likelyDuplicate(NamedVisit, Site)
    /// A visitor on another visit at a time overlapping this one.
    case visitorElsewhere(Volunteer, NamedVisit)
}
