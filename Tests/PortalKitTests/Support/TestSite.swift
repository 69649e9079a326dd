import Foundation
import Keywords
import Markdown
import PortalSupport
import PortalTestSupport
@testable import PortalKit

/// A small site made in memory by the real stages (reader, keyword stage, Markdown stage, linker), so the
/// tests of one stage start from what the stages before it make.
enum TestSite {
    /// The repository theme's labels.
    static let labels: ThemeLabels = {
        let path = Repository.root.appendingPathComponent("templates/labels.yml").path
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        guard let labels = ThemeLabels.read(yaml: text, file: path).0 else { fatalError("templates/labels.yml does not read") }
        return labels
    }()

    /// Speech files by name and text, read as `content/speeches/<name>`.
    static func sources(_ files: [(name: String, text: String)]) -> [SpeechSource] {
        files.compactMap { file in
            SpeechReader.read(Array(file.text.utf8), path: "content/speeches/\(file.name)", fileName: file.name).speech
        }
    }

    static func model(
        _ files: [(name: String, text: String)], glossary: Glossary = .empty, config: SiteConfig = .defaults,
        published: PublishedKeywords = .none
    ) -> SiteModel {
        var speeches = sources(files)
        let keywords = KeywordStage(glossary: glossary, published: published)
            .run(markdown: speeches.map(\.markdown), years: speeches.map(\.metadata.date?.year),
                 frontMatterKeywords: speeches.flatMap(\.metadata.keywords))
        let rendered = SiteBuilder(options: BuildOptions())
            .renderBodies(&speeches, keywords: keywords, labels: labels, log: DiagnosticLog())
        return SiteLinker(config: config, vocabulary: keywords.vocabulary, glossary: glossary, published: published)
            .link(rendered)
    }

    /// A speech file with front matter.
    static func speech(_ title: String, date: String? = nil, keywords: [String] = [], _ body: String) -> String {
        var lines = ["---", "title: \(title)"]
        if let date { lines.append("date: \(date)") }
        if !keywords.isEmpty { lines.append("keywords: [\(keywords.joined(separator: ", "))]") }
        return (lines + ["---", body]).joined(separator: "\n") + "\n"
    }

    /// A glossary of plain terms, in groups when given.
    static func glossary(_ terms: [String], groups: [String: String] = [:], deny: Set<String> = []) -> Glossary {
        Glossary(
            entries: terms.map { Glossary.Entry(term: $0, group: groups[$0], location: SourceLocation(file: "content/keywords.yml")) },
            groups: Array(Set(groups.values)).sorted(), deny: deny,
            discoverySettings: ["max_terms": Glossary.DiscoverySetting(value: 0, location: nil)])
    }
}
