import Foundation
import ICVDomain

extension KennelInspection: StoredRecord {
    package static let listKey = "kennelInspections"

    package static let format = RecordFormat<KennelInspection>(
        blank: KennelInspection(id: KennelInspectionID(0), site: "", date: LocalDate(dayNumber: 0), arrived: .midnight,
                                left: .midnight, visitors: [], dogsObserved: 0, ratings: [:], trainingObserved: false,
                                feedbackTo: [], notes: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("site", \.site),
            .required("date", \.date),
            .required("arrived", \.arrived),
            .required("left", \.left),
            .required("visitors", \.visitors),
            .required("dogsObserved", \.dogsObserved),
            .required("ratings", \.ratings),
            .required("trainingObserved", \.trainingObserved),
            .required("feedbackTo", \.feedbackTo),
            .optional("notes", \.notes),
        ])

    /// Where, when and by whom the visit was made, and its id: what `status`, `compliance`, the report and the rules
    /// against duplicates and a visitor in two places need.
    package static let partFields: [String]? = ["id", "site", "date", "arrived", "left", "visitors"]

    package static func part(of visit: KennelInspection) -> VisitPlace {
        visit.place
    }
}

extension Dictionary: JSONReadable, JSONWritable, JSONCodable where Key: RawRepresentable & CaseIterable, Key.RawValue == String,
                                                   Value: JSONCodable {
    /// `{"housing": "satisfactory", …}`: an object whose keys are the names of a fixed list (a kennel's areas).
    package init(reading reader: inout JSONReader) throws {
        var values: [Key: Value] = [:]
        try reader.readObject { reader, key in
            let text = reader.text(of: key)
            guard let name = Key(rawValue: text) else {
                throw JSONFieldError(problem: "'\(text)' is not one of \(Key.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            values[name] = try Value(reading: &reader)
        }
        self = values
    }

    package var json: JSONValue { .object(map { (key: $0.key.rawValue, value: $0.value.json) }) }
}
