import Foundation
import ICVDomain

/// Characters that change what a terminal shows instead of showing themselves: the C0 and C1 controls and DEL (an
/// escape sequence can clear the screen or retitle the window), and the marks that reorder bidirectional text (a
/// right-to-left override can make a name read as another). Names refuse them; text output shows them escaped.
enum ControlCharacters {
    private static let bidirectionalControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                                             0x2066, 0x2067, 0x2068, 0x2069]

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || bidirectionalControls.contains(scalar.value)
    }

    /// The text with every control character but line breaks and tabs shown as `\u{1B}`, so that stored text a
    /// stranger wrote cannot drive the terminal it is shown on.
    static func visible(_ text: String) -> String {
        // Most output is plain ASCII: only a control byte or a byte beyond ASCII calls for a look at each character.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 >= 0x7F }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), scalar != "\n", scalar != "\t" {
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(scalar)
            }
        }
        return String(shown)
    }
}

extension String {
    /// A name as typed, refused when it holds a control character: names appear in every list and report.
    func checkedName(_ what: String) throws(ValidationError) -> String {
        guard let control = unicodeScalars.first(where: ControlCharacters.isControl) else { return self }
        throw .rule("\(what) holds a control character (\(String(format: "U+%04X", control.value))), which would change how lists and reports show it. Type the name again without it.")
    }
}
