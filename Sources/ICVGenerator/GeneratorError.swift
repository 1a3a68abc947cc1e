/// What stops the generator, each saying what to do.
public enum GeneratorError: Error, Equatable, CustomStringConvertible {
    /// A flag that is unknown, missing its value, or given a value that is not allowed.
    case usage(String)
    /// A record the generator made breaks a rule: a bug in the generator, never in the data asked for.
    case invalidRecord(String)

    /// 2 for a usage mistake, 1 otherwise, as for `icv`.
    public var exitCode: Int32 {
        if case .usage = self { 2 } else { 1 }
    }

    public var description: String {
        switch self {
        case .usage(let message): "\(message)\n\n\(GeneratorOptions.usage)"
        case .invalidRecord(let message): "the generator made a record that breaks a rule (a bug in icv-generate): \(message)"
        }
    }
}
