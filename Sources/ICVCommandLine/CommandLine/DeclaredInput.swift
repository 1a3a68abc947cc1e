import Foundation

/// A property wrapper that declares an input: `@Option`, `@Flag`, `@Argument` or `@OptionGroup`.
protocol DeclaredInput: Sendable {
    /// What the property named `key` declares.
    func declarations(key: String) -> [InputDeclaration]
    /// The wrappers as declared, by key, which hold what a parsed input starts from (its name, its help).
    func prototypes(key: String) -> [(key: String, input: any DeclaredInput)]
}
