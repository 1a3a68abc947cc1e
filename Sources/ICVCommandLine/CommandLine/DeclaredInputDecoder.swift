import Foundation

/// The decoder one property wrapper is given: which property it is, on which command line.
struct DeclaredInputDecoder: Decoder {
    let key: String
    let inputs: InputDecoder
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try inputs.container(keyedBy: type)
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        try inputs.unkeyedContainer()
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        try inputs.singleValueContainer()
    }
}
