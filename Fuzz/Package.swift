// swift-tools-version:6.0
// libFuzzer harnesses for portalgen's parsers. A package of its own, so that building and testing portalgen
// never compiles them; `script/fuzz` builds them with libFuzzer and AddressSanitizer and runs them.
import PackageDescription

// SwiftPM names a path dependency after its folder, and a clone may be called anything ("main", "portalgen").
let mainPackage = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "portalgen")

let package = Package(
    name: "portalgen-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // The site's Markdown library, so the speech-text harness can check what a page would show. Named apart
        // from portalgen's own CCmark: module names must be unique in a package graph.
        .systemLibrary(name: "CmarkFuzz", path: "Sources/CmarkFuzz", pkgConfig: "libcmark"),
        .executableTarget(
            name: "fuzz-template",
            dependencies: [.product(name: "TemplateEngine", package: mainPackage)],
            path: "Sources/FuzzTemplate"),
        .executableTarget(
            name: "fuzz-speech-text",
            dependencies: ["CmarkFuzz", .product(name: "SpeechText", package: mainPackage)],
            path: "Sources/FuzzSpeechText"),
        .executableTarget(
            name: "fuzz-speech-reader",
            dependencies: [.product(name: "PortalKit", package: mainPackage)],
            path: "Sources/FuzzSpeechReader"),
    ],
    swiftLanguageModes: [.v6]
)
