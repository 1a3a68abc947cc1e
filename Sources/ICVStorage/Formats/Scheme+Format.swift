import Foundation
import ICVDomain

extension Scheme: Formatted {
    package static let format = RecordFormat<Scheme>(
        blank: Scheme(name: "", timeZone: ""),
        unknownFields: \.unknownFields,
        fields: [
            .required("name", \.name),
            .required("timeZone", \.timeZone),
            .required("sites", \.sites),
        ])
}

extension Site: Formatted {
    package static let format = RecordFormat<Site>(
        blank: Site(id: "", name: "", kind: .custodySuite, target: nil, occasional: false, opened: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("id", \.id),
            .required("name", \.name),
            .required("kind", \.kind),
            .optional("target", \.target),
            .required("occasional", \.occasional),
            .optional("opened", \.opened),
            .required("targetRules", \.targetRules),
            .required("closures", \.closures),
        ])
}

extension Site.TargetRule: Formatted {
    package static let format = RecordFormat<Site.TargetRule>(
        blank: Site.TargetRule(target: Target(visits: 1, period: .week), from: LocalDate(dayNumber: 0), to: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("target", \.target),
            .required("from", \.from),
            .optional("to", \.to),
        ])
}

extension Site.Closure: Formatted {
    package static let format = RecordFormat<Site.Closure>(
        blank: Site.Closure(from: LocalDate(dayNumber: 0), to: nil, reason: nil),
        unknownFields: \.unknownFields,
        fields: [
            .required("from", \.from),
            .optional("to", \.to),
            .optional("reason", \.reason),
        ])
}
