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
        .target(name: "ICVTestSupport", dependencies: ["ICVKit"], path: "Tests/ICVTestSupport"),
        .testTarget(name: "ICVKitTests", dependencies: ["ICVKit", "ICVTestSupport"]),
        .testTarget(name: "ICVEndToEndTests", dependencies: ["icv", "ICVTestSupport"], exclude: ["Expected"]),
    ]
)
