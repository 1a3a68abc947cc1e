import Foundation

extension Volunteer: StoredRecord {
    package static let listKey = "volunteers"

    package static let format = RecordFormat<Volunteer>(
        blank: Volunteer(id: VolunteerID(0), name: "", schemes: [], joined: LocalDate(dayNumber: 0), status: .active),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("name", \.name),
            .required("schemes", \.schemes),
            .required("joined", \.joined),
            .optional("left", \.left),
            .required("statusHistory", \.statusHistory),
            .optional("vetting", \.vetting),
            .optional("email", \.email),
            .optional("phone", \.phone),
            .required("activities", \.activities),
        ])
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
