import Foundation
import Keywords
import Markdown
import NearDuplicates
import PortalSupport

extension SiteBuilder {
    /// Parse: reads and checks every speech file in parallel; drafts are dropped unless asked for, and two
    /// speeches may not share a slug.
    func parseSpeeches(_ files: [ContentLoader.InputFile], log: DiagnosticLog) -> [SpeechSource] {
        let results = files.parallelMap { file -> SpeechReader.Result in
            guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
                return SpeechReader.Result(
                    speech: nil, diagnostics: [Diagnostic(ContentError.unreadableSpeech, at: SourceLocation(file: file.displayPath))])
            }
            return SpeechReader.read([UInt8](data), path: file.displayPath, fileName: file.name)
        }
        var speeches: [SpeechSource] = []
        var firstBySlug: [String: String] = [:]
        for result in results {
            log.add(contentsOf: result.diagnostics)
            guard let speech = result.speech, options.includeDrafts || !speech.metadata.draft else { continue }
            if let first = firstBySlug[speech.slug.lowercased()] {
                log.add(ContentError.duplicateSlug(speech.slug, firstPath: first), at: SourceLocation(file: speech.path, line: 1, column: 1))
                continue
            }
            firstBySlug[speech.slug.lowercased()] = speech.path
            if let placeholder = speech.placeholder {
                log.add(ContentError.placeholder(placeholder.text, blocking: options.placeholdersAreErrors), at: placeholder.location)
            }
            speeches.append(speech)
        }
        return speeches
    }

    /// Duplicates: a speech whose text is identical or nearly identical to an earlier one's (in path order) is
    /// reported with both files.
    func reportDuplicates(_ speeches: [SpeechSource], log: DiagnosticLog) {
        for match in NearDuplicateFinder.find(speeches.map(\.markdown)) {
            let percent = match.similarity >= 1 ? 100 : min(99, Int(match.similarity * 100))
            log.add(ContentError.duplicateText(of: speeches[match.original].path, percent: percent),
                    at: SourceLocation(file: speeches[match.index].path))
        }
    }

    /// Markdown: every body through cmark, in parallel, with its first keyword mentions linked.
    func renderBodies(
        _ speeches: inout [SpeechSource], keywords: KeywordStage.Output, labels: ThemeLabels?, log: DiagnosticLog
    ) -> [(source: SpeechSource, body: RenderedBody)] {
        var slugByFile: [String: String] = [:]
        for speech in speeches {
            slugByFile[SpeechFileName.stem(of: (speech.path as NSString).lastPathComponent)] = speech.slug
            slugByFile[speech.slug] = speech.slug
        }
        let matcher = keywords.matcher
        let vocabulary = keywords.vocabulary
        // Retired keywords are counted, never shown as mentions nor linked.
        let linkable = vocabulary.ids.map(vocabulary.isLinkable)
        let links = Self.bodyKeywordLinks(vocabulary, labels: labels)
        // The bodies stay in memory until the pages are written: the links' opening tags, made from the keyword
        // alone, are put back when a speech's page is rendered.
        let linking = BodyLinking(
            findKeywords: { matcher.mentions(inUTF8: $0, linkable: { linkable.indices.contains($0.index) && linkable[$0.index] }) },
            keywordLink: { linkable.indices.contains($0.index) && linkable[$0.index] ? links[$0.index] : nil },
            resolveLink: { [slugByFile] destination in Self.resolveSpeechLink(destination, slugByFile: slugByFile) },
            keywordLinkTags: links.map(KeywordLinkOpening.tag))
        // In slices, each slice's Markdown released as soon as it is rendered: on a large site, the Markdown
        // and the HTML made from it would otherwise be in memory together.
        var rendered: [(source: SpeechSource, body: RenderedBody)] = []
        rendered.reserveCapacity(speeches.count)
        var start = 0
        while start < speeches.count {
            let end = min(start + 512, speeches.count)
            rendered += speeches[start..<end].map { $0 }.parallelMap { speech in
                let body = MarkdownRenderer.render(speech.markdown, linking: linking)
                for link in body.brokenLinks {
                    let place = SourceLocation(file: speech.path, line: speech.bodyFirstLine + link.line - 1, column: link.column)
                    switch link.problem {
                    case .missingSpeech: log.add(ContentError.linkToMissingSpeech(link.destination), at: place)
                    case .unsafe: log.add(ContentError.unsafeLink(link.destination), at: place)
                    }
                }
                var rest = speech
                rest.markdown = ""
                rest.headerKeywordUses = speech.headerBelowTitle.map { line in
                    matcher.mentions(in: line.text, linkable: { _ in false }).uses
                }
                return (rest, body)
            }
            for index in start..<end { speeches[index].markdown = "" }
            start = end
        }
        return rendered
    }

    /// Each keyword's link from a speech body (by keyword index): its page's address and the tooltip. The speech
    /// page puts the links' opening tags back from these (`RenderedBody.html(openingTag:)`).
    static func bodyKeywordLinks(_ vocabulary: Vocabulary, labels: ThemeLabels?) -> [(href: String, title: String)] {
        vocabulary.keywords.map { keyword in
            (SiteRoutes.linkFromSpeechBody(to: SiteRoutes.keyword(slug: keyword.slug)),
             labels?.text(.keywordLinkTitle, ["term": keyword.term]) ?? "")
        }
    }

    /// `other.md`, `../speeches/other.md#p3`: a link to another speech's file becomes a link to its page.
    static func resolveSpeechLink(_ destination: String, slugByFile: [String: String]) -> LinkResolution {
        guard !destination.contains(":"), !destination.hasPrefix("#") else { return .keep }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fileExtension = SpeechFileName.fileExtension(of: path)
        guard fileExtension == "md" || fileExtension == "txt" || fileExtension == "markdown" else { return .keep }
        let stem = SpeechFileName.stem(of: (path as NSString).lastPathComponent)
        guard let slug = slugByFile[stem] else { return .broken }
        return .rewrite(SiteRoutes.linkFromSpeechBody(toSpeech: slug, fragment: parts.count > 1 ? String(parts[1]) : nil))
    }
}
