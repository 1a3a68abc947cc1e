import Foundation
import ICVDomain
import ICVStorage

/// A flag a command accepts: with a value (`--site SITE`), repeatable, or a plain switch (`--open`).
struct OptionSpec: Sendable {
    let name: String
    /// What the value stands for in help (`SITE`); nil for a switch.
    let valueName: String?
    let help: String
    let required: Bool
    let repeatable: Bool
    /// The fixed values it takes (a category), for completion; nil for free ones.
    let choices: [String]?

    static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, required: false, repeatable: false, choices: nil)
    }

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, required: false, repeatable: false, choices: nil)
    }

    /// `--site SITE`.
    var synopsis: String {
        valueName.map { "--\(name) \($0)" } ?? "--\(name)"
    }
}
