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
        .library(name: "WordDocument", targets: ["WordDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // Word .docx files read into value types (ZIPFoundation and Foundation's XML parser).
        // Depends on nothing else here.
        .target(
            name: "WordDocument",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["README.md"]
        ),
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
        .executableTarget(
            name: "docx-bench",
            dependencies: ["WordDocument", "WordDocumentTestSupport", "SpeechTextTestSupport"],
            path: "Benchmarks/WordDocumentBenchmark"
        ),
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
        // Builds .docx files from hand-written XML, for the WordDocument tests and docx-bench.
        .target(
            name: "WordDocumentTestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/WordDocumentTestSupport"
        ),
        .testTarget(
            name: "WordDocumentTests",
            dependencies: ["WordDocument", "WordDocumentTestSupport", "SpeechTextTestSupport"]
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
