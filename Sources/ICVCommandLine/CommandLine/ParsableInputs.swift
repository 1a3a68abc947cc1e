import Foundation

/// A type whose properties declare a command's inputs, in order: a command, or a group of inputs several share.
protocol ParsableInputs: Decodable, Sendable {
    init()
}
