import Foundation
import ICVCommandLine

let result = Runner.run(
    Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    now: Date(),
    terminal: StandardTerminal()
)
exit(result.print())
