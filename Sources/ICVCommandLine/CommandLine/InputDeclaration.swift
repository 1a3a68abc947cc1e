import Foundation

/// One input a command declares with a property: the property it fills, and what it is on the command line.
struct InputDeclaration: Sendable {
    enum Kind: Sendable {
        case option(OptionSpec)
        case positional(valueName: String)
    }

    /// The property's name, by which the input is decoded.
    let key: String
    let kind: Kind

    /// The flag a property stands for: `inCustody` is `in-custody`.
    static func flagName(forProperty name: String) -> String {
        var flag = ""
        for character in name {
            if character.isUppercase {
                flag += "-" + character.lowercased()
            } else {
                flag.append(character)
            }
        }
        return flag
    }
}

extension DeclaredInput {
    func prototypes(key: String) -> [(key: String, input: any DeclaredInput)] {
        [(key, self)]
    }
}

extension OptionGroup {
    func prototypes(key: String) -> [(key: String, input: any DeclaredInput)] {
        Group.declaredInputs
    }
}

extension ParsableInputs {
    /// The declared property wrappers with their keys, in declaration order, those of groups in their place.
    static var declaredInputs: [(key: String, input: any DeclaredInput)] {
        Mirror(reflecting: Self()).children.flatMap { child -> [(key: String, input: any DeclaredInput)] in
            guard let input = child.value as? DeclaredInput, let label = child.label else { return [] }
            return input.prototypes(key: String(label.drop { $0 == "_" }))
        }
    }

    /// Every input declared, in declaration order.
    static var declarations: [InputDeclaration] {
        Mirror(reflecting: Self()).children.flatMap { child -> [InputDeclaration] in
            guard let input = child.value as? DeclaredInput, let label = child.label else { return [] }
            return input.declarations(key: String(label.drop { $0 == "_" }))
        }
    }
}
