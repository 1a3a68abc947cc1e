// swift-tools-version:6.0
import PackageDescription

// Three layers, each a target, so that the compiler refuses a dependency that points the wrong way:
// ICVDomain (records, rules, calendar, compliance, report figures) ← ICVStorage (the data folder, formats, journal,
// undo, caches) ← ICVCommandLine (parsing, help, use cases, rendering text, tables, CSV and HTML) ← icv.
let package = Package(
    name: "icv",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "icv", targets: ["icv"]),
    ],
    targets: [
        .target(name: "ICVDomain"),
        .target(name: "ICVStorage", dependencies: ["ICVDomain"]),
        .target(name: "ICVCommandLine", dependencies: ["ICVDomain", "ICVStorage"]),
        .executableTarget(name: "icv", dependencies: ["ICVCommandLine"]),
        // The benchmark's data generator (Scripts/benchmark), kept apart from icv itself.
        .target(name: "ICVGenerator", dependencies: ["ICVDomain", "ICVStorage"]),
        .executableTarget(name: "icv-generate", dependencies: ["ICVGenerator", "ICVStorage"]),
        .target(name: "ICVTestSupport", dependencies: ["ICVCommandLine"], path: "Tests/ICVTestSupport"),
        .testTarget(name: "ICVTests", dependencies: ["ICVDomain", "ICVStorage", "ICVCommandLine", "ICVTestSupport"]),
        .testTarget(name: "ICVGeneratorTests", dependencies: ["ICVGenerator", "ICVDomain", "ICVStorage", "ICVCommandLine", "ICVTestSupport"]),
        .testTarget(name: "ICVEndToEndTests", dependencies: ["icv", "ICVDomain", "ICVStorage", "ICVTestSupport"], exclude: ["Expected"]),
    ]
)
