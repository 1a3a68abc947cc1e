import Foundation

/// Builds a command's input from what was typed: the command's `init(from:)`, which Swift writes, asks for each property
/// by name, and each property wrapper reads the text typed for it from here. This is how one declaration of a flag
/// serves both help and parsing, as in swift-argument-parser.
struct InputDecoder: Decoder {
    let parsed: ParsedArguments
    /// The declared wrappers by key.
    let prototypes: [String: any DeclaredInput]
    /// The flag of each option's key, and the position of each positional argument's.
    private let places: [String: Place]
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Place {
        case flag(String)
        case position(Int)
    }

    init<Inputs: ParsableInputs>(_ parsed: ParsedArguments, for type: Inputs.Type) {
        self.parsed = parsed
        prototypes = Dictionary(Inputs.declaredInputs.map { ($0.key, $0.input) }, uniquingKeysWith: { first, _ in first })
        var places: [String: Place] = [:]
        var position = 0
        for declaration in Inputs.declarations {
            switch declaration.kind {
            case .option(let option):
                places[declaration.key] = .flag(option.name)
            case .positional:
                places[declaration.key] = .position(position)
                position += 1
            }
        }
        self.places = places
    }

    /// What was typed for the input of a key: its texts, whether a switch was given, and the flag to name in a message.
    func typed(_ key: String) -> (texts: [String], isSet: Bool, flag: String) {
        switch places[key] {
        case .flag(let name)?:
            return (parsed.strings(name), parsed.has(name), name)
        case .position(let index)?:
            return (index < parsed.positionals.count ? [parsed.positionals[index]] : [], false, key)
        case nil:
            return ([], false, key)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(InputContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        throw Self.notAnInput(codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        throw Self.notAnInput(codingPath)
    }

    private static func notAnInput(_ path: [CodingKey]) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "only declared inputs are read from a command line"))
    }

    /// The wrapper as declared and what was typed for it, for a wrapper's `init(from:)`.
    static func declared<Input: DeclaredInput>(_ decoder: Decoder, as type: Input.Type) throws
        -> (declared: Input, texts: [String], isSet: Bool, flag: String) {
        guard let input = decoder as? DeclaredInputDecoder, let declared = input.inputs.prototypes[input.key] as? Input else {
            throw notAnInput(decoder.codingPath)
        }
        let typed = input.inputs.typed(input.key)
        return (declared, typed.texts, typed.isSet, typed.flag)
    }

    /// The whole command line's decoder, for a group of inputs to read its own properties from.
    static func arguments(of decoder: Decoder) throws -> InputDecoder {
        guard let input = decoder as? DeclaredInputDecoder else { throw notAnInput(decoder.codingPath) }
        return input.inputs
    }
}

/// Hands each property of a command's input the decoder for its key.
private struct InputContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: InputDecoder
    var codingPath: [CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: DeclaredInputDecoder(key: key.stringValue, inputs: decoder))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder.unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> Decoder { DeclaredInputDecoder(key: key.stringValue, inputs: decoder) }
}
