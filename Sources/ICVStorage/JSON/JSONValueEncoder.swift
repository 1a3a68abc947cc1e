import Foundation
import ICVDomain

/// Encodes `Encodable` values into a `JSONValue`, to be written as `JSONEncoder` would write them.
struct JSONValueEncoder: Encoder {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A value being built: containers hand out child nodes and assemble them when asked for the result.
    final class Node {
        enum Content {
            case empty
            case leaf(JSONValue)
            case object([String: Node])
            case array([Node])
        }

        var content = Content.empty

        var value: JSONValue {
            switch content {
            case .empty: .object([])
            case .leaf(let value): value
            case .object(let children): .object(children.map { ($0.key, $0.value.value) })
            case .array(let children): .array(children.map(\.value))
            }
        }

        func child(forKey key: String) -> Node {
            if case .object(let children) = content, let existing = children[key] { return existing }
            let node = Node()
            guard case .object(var children) = content else {
                content = .object([key: node])
                return node
            }
            content = .empty
            children[key] = node
            content = .object(children)
            return node
        }

        func appendChild() -> Node {
            let node = Node()
            guard case .array(var children) = content else {
                content = .array([node])
                return node
            }
            content = .empty
            children.append(node)
            content = .array(children)
            return node
        }

        func makeObject() {
            if case .object = content { return }
            content = .object([:])
        }

        func makeArray() {
            if case .array = content { return }
            content = .array([])
        }
    }

    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = Node()
        try encode(value, into: node, at: [])
        return node.value
    }

    /// Strings, numbers and true/false straight into the node; anything else through its own `encode(to:)`.
    static func encode<T: Encodable>(_ value: T, into node: Node, at path: [CodingKey]) throws {
        switch value {
        case let text as String: node.content = .leaf(.string(text))
        case let flag as Bool: node.content = .leaf(.bool(flag))
        case let number as Double: node.content = .leaf(JSONValue.number(number))
        case let number as Int: node.content = .leaf(.number(String(number)))
        case let coded as any StringCoded: node.content = .leaf(.string(coded.description))
        default: try value.encode(to: JSONValueEncoder(node: node, codingPath: path))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONValueEncoder.Node
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.child(forKey: key.stringValue).content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try JSONValueEncoder.encode(value, into: node.child(forKey: key.stringValue), at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONValueEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        JSONValueEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        JSONValueEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        JSONValueEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONValueEncoder.Node
    let codingPath: [CodingKey]
    private(set) var count = 0

    init(node: JSONValueEncoder.Node, codingPath: [CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    private mutating func next() -> (JSONValueEncoder.Node, [CodingKey]) {
        defer { count += 1 }
        return (node.appendChild(), codingPath + [IndexKey(count)])
    }

    mutating func encodeNil() throws {
        next().0.content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let (child, path) = next()
        try JSONValueEncoder.encode(value, into: child, at: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let (child, path) = next()
        return JSONValueEncoder(node: child, codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let (child, path) = next()
        return JSONValueEncoder(node: child, codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let (child, path) = next()
        return JSONValueEncoder(node: child, codingPath: path)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: JSONValueEncoder.Node
    let codingPath: [CodingKey]

    mutating func encodeNil() throws {
        node.content = .leaf(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONValueEncoder.encode(value, into: node, at: codingPath)
    }

    // The number types icv's records do not use, written here so that their `encode(to:)` does not come back round.
    mutating func encode(_ value: Float) throws { node.content = .leaf(JSONValue.number(Double(value))) }
    mutating func encode(_ value: Int8) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { node.content = .leaf(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { node.content = .leaf(.number(String(value))) }
}

/// A key for an array's position in a coding path: `visits[3]`.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
