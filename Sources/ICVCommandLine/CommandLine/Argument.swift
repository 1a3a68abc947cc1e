import Foundation

/// A positional argument, declared as a command's property: `@Argument(valueName: "VISIT") var visit: String`. Every
/// positional argument must be given, in the order the properties are declared.
@propertyWrapper
struct Argument: Decodable, Sendable, DeclaredInput {
    let valueName: String
    private(set) var wrappedValue = ""

    init(valueName: String) {
        self.valueName = valueName
    }

    func declarations(key: String) -> [InputDeclaration] {
        [InputDeclaration(key: key, kind: .positional(valueName: valueName))]
    }

    init(from decoder: Decoder) throws {
        let input = try InputDecoder.declared(decoder, as: Self.self)
        self = input.declared
        wrappedValue = input.texts.last ?? ""
    }
}
