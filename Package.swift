// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "portalgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portalgen", targets: ["portalgen"]),
        .library(name: "PortalKit", targets: ["PortalKit"]),
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "SpeechText", targets: ["SpeechText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C library cmark, from Debian's libcmark-dev. Only PortalKit/Markdown/Cmark.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Our Mustache engine: parse once, render many times. Depends on nothing else here.
        .target(name: "TemplateEngine"),
        // Raw speech text (any common Chinese encoding) to Markdown. Pure Swift.
        .target(name: "SpeechText", exclude: ["README.md"]),
        // The site: content model, keywords, search index, build pipeline, writer.
        .target(
            name: "PortalKit",
            dependencies: [
                "CCmark", "TemplateEngine", "SpeechText",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The live preview for `portalgen serve`: a small HTTP/1.1 server, a watcher, live reload.
        .target(name: "PortalServer", dependencies: ["PortalKit"]),
        // The command line: parses arguments, calls PortalKit, prints diagnostics.
        .executableTarget(
            name: "portalgen",
            dependencies: [
                "PortalKit", "PortalServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (not tests): `swift run -c release template-bench`.
        .executableTarget(name: "template-bench", dependencies: ["TemplateEngine"], path: "Benchmarks/TemplateBenchmark"),
        .executableTarget(name: "keyword-bench", dependencies: ["PortalKit"], path: "Benchmarks/KeywordBenchmark"),
        .executableTarget(name: "search-bench", dependencies: ["PortalKit"], path: "Benchmarks/SearchBenchmark"),
        .executableTarget(name: "speechtext-bench", dependencies: ["SpeechText"], path: "Benchmarks/SpeechTextBenchmark"),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine"]
        ),
        // Generated speech texts and the "nothing lost" check, shared by the SpeechText and PortalKit tests.
        .target(name: "SpeechTextTestSupport", path: "Tests/SpeechTextTestSupport"),
        .testTarget(
            name: "SpeechTextTests",
            dependencies: ["SpeechText", "SpeechTextTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PortalKitTests",
            dependencies: ["PortalKit", "SpeechTextTestSupport"]
        ),
        .testTarget(
            name: "PortalServerTests",
            dependencies: ["PortalServer", "PortalKit"]
        ),
        // End to end: runs the built `portalgen` on the fixture sites under Tests/Fixtures.
        .testTarget(
            name: "PortalgenTests",
            dependencies: ["portalgen"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
