import Foundation
import Testing
import ICVDomain
import ICVTestSupport

/// SPEC.md "Detainee request categories": an issue takes the custody categories on a custody visit and the animal-welfare
/// ones on a kennel inspection; a category from the other list is refused (`RejectionTests`) and found by `check`
/// (`IssueCategoryRule`).
@Suite struct IssueCategoryTests {
    static let custody = ["health-and-safety", "cell-conditions", "food", "detainee-welfare", "dignity", "allegation", "staffing", "other"]
    static let kennel = ["housing", "exercise", "training", "transport", "health-records", "feeding", "dog-welfare", "health-and-safety", "other"]

    @Test("the two lists are SPEC.md's, in its order, and every category is in one of them")
    func lists() {
        #expect(ICVDomain.Issue.Category.categories(on: .custodySuite).map(\.rawValue) == Self.custody)
        #expect(ICVDomain.Issue.Category.categories(on: .kennels).map(\.rawValue) == Self.kennel)
        #expect(Set(ICVDomain.Issue.Category.allCases.map(\.rawValue)) == Set(Self.custody + Self.kennel))
    }

    @Test("a category fits a custody visit or a kennel inspection only when its list holds it", arguments: ICVDomain.Issue.Category.allCases)
    func fits(category: ICVDomain.Issue.Category) {
        func issue(on visit: VisitReference) -> ICVDomain.Issue {
            ICVDomain.Issue(id: IssueID(1), visit: visit, category: category, detail: "Found", escalatedTo: nil, status: .open)
        }
        let custody = issue(on: .custody(CustodyVisitID(1))).categoryViolation
        let kennel = issue(on: .kennel(KennelInspectionID(1))).categoryViolation
        #expect(custody == (Self.custody.contains(category.rawValue) ? nil : .categoryNotForVisit(category, siteKind: .custodySuite)))
        #expect(kennel == (Self.kennel.contains(category.rawValue) ? nil : .categoryNotForVisit(category, siteKind: .kennels)))
    }

    @Test("issue add takes an animal-welfare category on a kennel inspection, and health-and-safety on either kind of visit")
    func raised() throws {
        let icv = try InProcessICV.smallScheme()
        try icv.succeed(InProcessICV.visit())
        try icv.succeed(["kennel", "log", "--site", "dog-unit", "--date", "2015-05-03", "--arrived", "10:00", "--left", "11:00",
                         "--visitors", "V6,V7", "--dogs-observed", "4"])
        #expect(try icv.succeed(["issue", "add", "KI1", "--category", "transport", "--detail", "Van too hot"])
            == "Raised I1 on KI1: transport, open.\n")
        #expect(try icv.succeed(["issue", "add", "KI1", "--category", "health-and-safety", "--detail", "Fan broken"])
            == "Raised I2 on KI1: health-and-safety, open.\n")
        #expect(try icv.succeed(["issue", "add", "CV1", "--category", "health-and-safety", "--detail", "Fridge warm"])
            == "Raised I3 on CV1: health-and-safety, open.\n")
    }
}
