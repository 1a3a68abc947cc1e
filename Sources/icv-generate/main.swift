import Foundation
import ICVGenerator
import ICVDomain
import ICVStorage

// icv-generate: writes a national-scale data folder for the benchmark (Scripts/benchmark). Not part of icv itself.
do {
    guard let options = try GeneratorOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
        print(GeneratorOptions.usage)
        exit(0)
    }
    let started = Date()
    let summary = try Generator.generate(options, into: FolderStore(root: URL(fileURLWithPath: options.out)))
    print(summary.line + String(format: " in %.1f s.", Date().timeIntervalSince(started)))
} catch let error as GeneratorError {
    FileHandle.standardError.write(Data("icv-generate: \(error)\n".utf8))
    exit(error.exitCode)
} catch {
    FileHandle.standardError.write(Data("icv-generate: error: \(error)\n".utf8))
    exit(1)
}
