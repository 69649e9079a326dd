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
        // The C library cmark, from Debian's libcmark-dev. Only Sources/Markdown/MarkdownRenderer.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // What every other target shares: the file system behind one platform shim, the directory walker, path
        // helpers, parallel map, stable hashing, the CJK classifier and sentence terminators.
        .target(name: "PortalSupport"),
        // Our Mustache engine: parse once, render many times. Depends on nothing else here.
        .target(name: "TemplateEngine"),
        // Raw speech text (any common Chinese encoding) to Markdown. Pure Swift.
        .target(name: "SpeechText", dependencies: ["PortalSupport"], exclude: ["README.md"]),
        // Speech bodies through cmark: the one file that touches cmark's pointers, ids on blocks, keyword links
        // (found and addressed through closures the build passes in).
        .target(name: "Markdown", dependencies: ["CCmark", "PortalSupport"]),
        // Keywords: the glossary's and the site's vocabulary, discovery of new terms, the matcher that finds
        // mentions, sentence snippets around them.
        .target(name: "Keywords", dependencies: ["PortalSupport"]),
        // Near-duplicate texts among thousands of speeches: MinHash of paragraph pairs, verified on the sentences.
        .target(name: "NearDuplicates", dependencies: ["PortalSupport"]),
        // The Chinese full-text search index (bigrams, sharded, stored text) that the search page queries.
        .target(name: "SearchIndex", dependencies: ["PortalSupport"]),
        // Word .docx files read into value types (ZIPFoundation and Foundation's XML parser).
        // Depends on nothing else here.
        .target(
            name: "WordDocument",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["README.md"]
        ),
        // The site: content → model → link → views → output, the build and its diagnostics, routes, the theme,
        // feeds, the link checker.
        .target(
            name: "PortalKit",
            dependencies: [
                "PortalSupport", "Markdown", "Keywords", "SearchIndex", "TemplateEngine", "SpeechText", "WordDocument",
                "NearDuplicates", .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Build/README.md"]
        ),
        // The live preview for `portalgen serve`: a small HTTP/1.1 server, a watcher, live reload.
        .target(name: "PortalServer", dependencies: ["PortalKit", "PortalSupport"]),
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
        .executableTarget(name: "keyword-bench", dependencies: ["Keywords", "PortalSupport"], path: "Benchmarks/KeywordBenchmark"),
        .executableTarget(name: "search-bench", dependencies: ["SearchIndex"], path: "Benchmarks/SearchBenchmark"),
        // What every test target shares: the seeded generator, the seed speeches (failing loudly when they are
        // missing), generated speech texts and the "nothing lost" check. Standard library and Foundation only.
        .target(name: "PortalTestSupport", path: "Tests/PortalTestSupport"),
        .testTarget(name: "PortalSupportTests", dependencies: ["PortalSupport"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "PortalTestSupport"]),
        .testTarget(name: "NearDuplicatesTests", dependencies: ["NearDuplicates", "PortalTestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "PortalSupport"]),
        .testTarget(name: "KeywordsTests", dependencies: ["Keywords", "PortalSupport", "PortalTestSupport"]),
        .executableTarget(
            name: "docx-bench",
            dependencies: ["WordDocument", "WordDocumentTestSupport", "PortalTestSupport"],
            path: "Benchmarks/WordDocumentBenchmark"
        ),
        .executableTarget(name: "duplicate-bench", dependencies: ["NearDuplicates"], path: "Benchmarks/DuplicateBenchmark"),
        .executableTarget(name: "speechtext-bench", dependencies: ["SpeechText"], path: "Benchmarks/SpeechTextBenchmark"),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", "PortalTestSupport"]
        ),
        .testTarget(
            name: "SpeechTextTests",
            dependencies: ["SpeechText", "PortalTestSupport"],
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
            dependencies: ["WordDocument", "WordDocumentTestSupport", "PortalTestSupport"]
        ),
        .testTarget(
            name: "PortalKitTests",
            dependencies: [
                "PortalKit", "PortalServer", "PortalSupport", "Keywords", "Markdown", "SpeechText", "PortalTestSupport",
                "WordDocument", "WordDocumentTestSupport",
            ]
        ),
        .testTarget(
            name: "PortalServerTests",
            dependencies: ["PortalServer", "PortalKit", "PortalTestSupport"]
        ),
        // End to end: runs the built `portalgen` on the fixture sites under Tests/Fixtures.
        .testTarget(
            name: "PortalgenTests",
            dependencies: ["portalgen", "PortalTestSupport", "WordDocument", "WordDocumentTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
