// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "icv",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "icv", targets: ["icv"]),
        .library(name: "ICVKit", targets: ["ICVKit"]),
    ],
    targets: [
        .target(name: "ICVKit"),
        .executableTarget(name: "icv", dependencies: ["ICVKit"]),
        // The benchmark's data generator (Scripts/benchmark), kept apart from icv itself.
        .target(name: "ICVGenerator", dependencies: ["ICVKit"]),
        .executableTarget(name: "icv-generate", dependencies: ["ICVGenerator"]),
        .target(name: "ICVTestSupport", dependencies: ["ICVKit"], path: "Tests/ICVTestSupport"),
        .testTarget(name: "ICVKitTests", dependencies: ["ICVKit", "ICVTestSupport"]),
        .testTarget(name: "ICVGeneratorTests", dependencies: ["ICVGenerator", "ICVTestSupport"]),
        .testTarget(name: "ICVEndToEndTests", dependencies: ["icv", "ICVTestSupport"], exclude: ["Expected"]),
    ]
)
