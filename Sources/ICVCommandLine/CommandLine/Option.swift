import Foundation

/// A flag with a value, declared as a command's property: `@Option(valueName: "SITE", help: "…") var site: String`.
/// The property's type says whether it must be given (`String`), may be (`String?`), or may be repeated (`[String]`);
/// its name gives the flag's (`inCustody` is `--in-custody`) unless `name` says otherwise.
@propertyWrapper
struct Option<Value: OptionValue>: Decodable, Sendable, DeclaredInput {
    let name: String?
    let valueName: String
    let help: String
    private(set) var wrappedValue: Value

    /// For a list: at least one must be given.
    let atLeastOnce: Bool

    init(name: String? = nil, valueName: String, help: String, atLeastOnce: Bool = false) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.atLeastOnce = atLeastOnce
        wrappedValue = Value.placeholder
    }

    func declarations(key: String) -> [InputDeclaration] {
        let flag = name ?? InputDeclaration.flagName(forProperty: key)
        return [InputDeclaration(key: key, kind: .option(OptionSpec(
            name: flag, valueName: valueName, help: help, required: Value.arity == .required || atLeastOnce,
            repeatable: Value.arity == .repeated, choices: Value.choices)))]
    }

    init(from decoder: Decoder) throws {
        let input = try InputDecoder.declared(decoder, as: Self.self)
        self = input.declared
        wrappedValue = try Value.parse(input.texts, flag: input.flag)
    }
}
