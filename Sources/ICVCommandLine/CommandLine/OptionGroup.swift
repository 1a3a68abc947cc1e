import Foundation

/// Inputs several commands share, declared once in their own type and taken as a command's property:
/// `@OptionGroup var entry: VisitEntryOptions`. Its flags are the command's own, in the order declared.
@propertyWrapper
struct OptionGroup<Group: ParsableInputs>: Decodable, Sendable, DeclaredInput {
    private(set) var wrappedValue = Group()

    init() {}

    func declarations(key: String) -> [InputDeclaration] {
        Group.declarations
    }

    init(from decoder: Decoder) throws {
        wrappedValue = try Group(from: InputDecoder.arguments(of: decoder))
    }
}
