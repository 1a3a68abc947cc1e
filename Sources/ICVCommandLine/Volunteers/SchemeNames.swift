import Foundation
import ICVDomain

/// `--scheme icv`, `--scheme icv,aws`: the schemes named, each checked.
enum SchemeNames {
    static func parse(_ texts: [String]) throws(ValidationError) -> [SchemeKind] {
        var schemes: [SchemeKind] = []
        for text in texts.flatMap({ $0.split(separator: ",") }) {
            guard let scheme = SchemeKind(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .invalidValue(flag: "scheme", value: String(text), expected: "icv or aws")
            }
            schemes.append(scheme)
        }
        return schemes
    }
}
