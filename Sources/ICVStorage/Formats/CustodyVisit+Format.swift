import Foundation
import ICVDomain

extension CustodyVisit: StoredRecord {
    package static let listKey = "visits"

    package static let format = RecordFormat<CustodyVisit>(
        blank: CustodyVisit(id: CustodyVisitID(0), site: "", date: LocalDate(dayNumber: 0),
                            times: VisitTimes(arrived: .midnight, left: .midnight, admitted: nil), delayReason: nil, visitors: [],
                            counts: DetaineeCounts(inCustody: 0, notAvailable: 0, offered: 0, spokenTo: 0), notes: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("site", \.site),
            .required("date", \.date),
            .required("arrived", \.arrived),
            .required("left", \.left),
            .optional("admitted", \.admitted),
            .optional("delayReason", \.delayReason),
            .required("visitors", \.visitors),
            .required("inCustody", \.inCustody),
            .defaulted("notAvailable", \.notAvailable, to: 0),
            .required("offered", \.offered),
            .required("spokenTo", \.spokenTo),
            // Written so that a person reading the file sees it; worked out again from offered and spoken to on reading.
            .derived("declined", asWritten: \.declinedAsWritten.value) { $0.declined },
            .optional("notes", \.notes),
        ])

    /// Where, when and by whom the visit was made, and its id: what `status`, `compliance`, the report and the rules
    /// against duplicates and a visitor in two places need.
    package static let partFields: [String]? = ["id", "site", "date", "arrived", "left", "visitors"]

    package static func part(of visit: CustodyVisit) -> VisitPlace {
        visit.place
    }
}
