import Foundation

/// A switch, declared as a command's property: `@Flag(help: "…") var open: Bool`, given as `--open`.
@propertyWrapper
struct Flag: Decodable, Sendable, DeclaredInput {
    let name: String?
    let help: String
    private(set) var wrappedValue = false

    init(name: String? = nil, help: String) {
        self.name = name
        self.help = help
    }

    func declarations(key: String) -> [InputDeclaration] {
        [InputDeclaration(key: key, kind: .option(OptionSpec(
            name: name ?? InputDeclaration.flagName(forProperty: key), valueName: nil, help: help, required: false,
            repeatable: false, choices: nil)))]
    }

    init(from decoder: Decoder) throws {
        let input = try InputDecoder.declared(decoder, as: Self.self)
        self = input.declared
        wrappedValue = input.isSet
    }
}
