import Foundation
import ICVDomain
import ICVStorage

/// Everything a command needs while it runs besides its input: the folder's records, the moment it was run and the terminal.
struct CommandContext {
    let ledger: Ledger
    let now: Date
    /// Where relative paths (a file to import, `--output`) are taken from.
    let currentDirectory: URL
    /// Where to ask for a confirmation.
    let terminal: Terminal

    /// Today in the scheme's time zone.
    func today() throws -> LocalDate {
        try ledger.clock(at: now).today
    }

    /// A path as typed, with `~` expanded and a relative one taken from the current directory.
    func url(_ path: String) -> URL {
        Runner.resolve(path, in: currentDirectory)
    }
}
