import Foundation
import ICVDomain

extension VolunteerRecord: StoredRecord {
    package static let listKey = "volunteers"

    package static let format = RecordFormat<VolunteerRecord>(
        blank: VolunteerRecord(Volunteer(id: VolunteerID(0), name: "", schemes: [], joined: LocalDate(dayNumber: 0), status: .active)),
        unknownFields: \.volunteer.unknownFields,
        fields: [
            .required("id", \.volunteer.id),
            .required("name", \.volunteer.name),
            .required("schemes", \.volunteer.schemes),
            .required("joined", \.volunteer.joined),
            .optional("left", \.volunteer.left),
            .required("statusHistory", \.volunteer.statusHistory),
            .former("vetting") { (record: inout VolunteerRecord, clearance: Volunteer.Vetting) in record.volunteer.addClearance(clearance) },
            vettingHistory,
            .optional("email", \.volunteer.email),
            .optional("phone", \.volunteer.phone),
            .required("activities", \.activities),
        ])

    /// Every clearance (`[{"cleared", "expires"}, …]`); a record written before vetting had a history holds `vetting`,
    /// its one clearance, instead. A record holding both (an older icv renewed the vetting since) keeps both: keys come
    /// in any order, so whatever `vetting` added before the history was read is added to it again.
    private static let vettingHistory = Field<VolunteerRecord>(
        key: "vettingHistory", isRequired: false,
        read: { reader, record in
            let former = record.volunteer.vettingHistory
            record.volunteer.vettingHistory = try [Volunteer.Vetting]?(reading: &reader) ?? []
            former.forEach { record.volunteer.addClearance($0) }
        },
        write: { record in record.volunteer.vettingHistory.json })

    /// The register without the hours: what checking a pair of visitors, or listing the volunteers, needs.
    package static let partFields: [String]? = format.fields.map(\.name).filter { $0 != "activities" }

    package static func part(of record: VolunteerRecord) -> Volunteer {
        record.volunteer
    }
}

extension Volunteer.StatusChange: Formatted {
    package static let format = RecordFormat<Volunteer.StatusChange>(
        blank: Volunteer.StatusChange(status: .active, from: LocalDate(dayNumber: 0)),
        unknownFields: \.unknownFields,
        fields: [
            .required("status", \.status),
            .required("from", \.from),
        ])
}

extension Volunteer.Vetting: Formatted {
    package static let format = RecordFormat<Volunteer.Vetting>(
        blank: Volunteer.Vetting(cleared: LocalDate(dayNumber: 0), expires: LocalDate(dayNumber: 0)),
        unknownFields: \.unknownFields,
        fields: [
            .required("cleared", \.cleared),
            .required("expires", \.expires),
        ])
}

extension Activity: Formatted {
    package static let format = RecordFormat<Activity>(
        blank: Activity(date: LocalDate(dayNumber: 0), kind: .other, hours: 0, description: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("date", \.date),
            .required("kind", \.kind),
            .required("hours", \.hours),
            .optional("description", \.description),
        ])
}
