import CCmark
import PortalSupport

/// Renders a speech body with cmark. This is the only file that touches cmark: every node pointer lives
/// and dies inside `render`, and everything that leaves it is a Swift value.
///
/// On cmark's tree, before its HTML renderer runs:
/// - line breaks between two Chinese characters are dropped (a browser would show them as spaces);
/// - headings and paragraphs get ids (`AnchorAllocator`), so the table of contents, keyword pages, search
///   results and citations can link to them; a paragraph's id comes from its words (`ParagraphAnchor`);
/// - the first mention of each keyword becomes a link to its page: text nodes are split and a link node
///   inserted, never by string replacement in HTML; nothing inside headings, links, images or code is linked;
/// - links to other speeches' files (`other.md`) point at their pages.
/// Rendering uses cmark's safe mode: raw HTML is omitted and `javascript:` and similar links are dropped.
public enum MarkdownRenderer {
    /// The body's HTML and what the site needs to know about it (blocks, keyword mentions, bad links).
    public static func render(_ markdown: String, linking: BodyLinking = .plain) -> RenderedBody {
        var source = markdown
        let parsed: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT) }
        }
        guard let document = parsed else {
            // cmark returns NULL only when it cannot allocate memory.
            return RenderedBody(html: "", blocks: [], keywordUses: [], brokenLinks: [], characterCount: 0)
        }
        defer { cmark_node_free(document) }

        joinChineseLines(in: document)
        var tree = collect(document, source: source, linking: linking)
        let linked = linkFirstMentions(&tree, linking: linking)
        unwrap(tree.unsafeNodes)
        wrapBlocks(tree.blockNodes, anchors: tree.blocks.map(\.anchor), inTightList: tree.blockInTightList)

        let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT)
        // The HTML comes from the document's allocator, cmark's default one.
        defer { if let rendered { cmark_get_default_mem_allocator().pointee.free(rendered) } }
        let html = rendered.map {
            UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: UnsafePointer($0).cStringLength)
        } ?? UnsafeBufferPointer(start: nil, count: 0)
        let (kept, openings) = if let tags = linking.keywordLinkTags, !linked.isEmpty {
            takeOutOpeningTags(of: linked, tags: tags, from: html)
        } else {
            (String(decoding: html, as: UTF8.self), [KeywordLinkOpening]())
        }
        // The lists at their size (they grew by doubling): a site's bodies stay in memory until its pages are
        // written.
        return RenderedBody(
            html: kept, blocks: tree.blocks.withUnsafeBufferPointer(Array.init),
            keywordUses: tree.uses.withUnsafeBufferPointer(Array.init), brokenLinks: tree.brokenLinks,
            characterCount: tree.characterCount, keywordLinkOpenings: openings)
    }

    /// The HTML without the opening tags of the keyword links (`linked`: their keywords, in the order of the
    /// text; `tags`: each keyword's tag), and where each goes back. Each tag is looked for, as cmark writes it,
    /// after the one before; one not found stays in the HTML. Whichever link those bytes open, putting the same
    /// bytes back at the same place gives the same page.
    private static func takeOutOpeningTags(
        of linked: [KeywordID], tags: [[UInt8]], from html: UnsafeBufferPointer<UInt8>
    ) -> (String, [KeywordLinkOpening]) {
        var openings: [KeywordLinkOpening] = []
        openings.reserveCapacity(linked.count)
        // Written straight into the string: the kept HTML is never longer than the whole.
        let kept = String(unsafeUninitializedCapacity: html.count) { out in
            var written = 0
            var position = 0
            func keep(upTo end: Int) {
                _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: html[position..<end])
                written += end - position
            }
            for keyword in linked where tags.indices.contains(keyword.index) {
                let tag = tags[keyword.index]
                guard let found = html.firstOffset(of: tag, from: position) else { continue }
                keep(upTo: found)
                openings.append(KeywordLinkOpening(offset: written, keyword: keyword))
                position = found + tag.count
            }
            keep(upTo: html.count)
            return written
        }
        return (kept, openings)
    }

    // MARK: - Walking the tree

    /// What one walk over the tree finds: blocks with their text, keyword mentions, and where they are.
    private struct CollectedTree {
        var blocks: [BodyBlock] = []
        var blockNodes: [OpaquePointer] = []
        var blockInTightList: [Bool] = []
        /// Visible keyword mentions (where links may go) in document order, offsets into their block's text,
        /// and the block of each.
        var matches: [KeywordMatch] = []
        var matchBlocks: [Int] = []
        /// Every keyword's uses, as counted (see `KeywordMentions`), offsets into their block's text.
        var uses: [KeywordMatch] = []
        var brokenLinks: [BodyLinkIssue] = []
        var characterCount = 0
        /// Links and images with unsafe destinations, to be replaced by their text.
        var unsafeNodes: [OpaquePointer] = []
        /// Text nodes that may get a keyword link (outside headings, links and images): where their text
        /// starts in the block's text, and its length in bytes.
        var linkable: [(node: OpaquePointer, block: Int, offset: Int, length: Int)] = []
    }

    private static func collect(_ document: OpaquePointer, source: String, linking: BodyLinking) -> CollectedTree {
        var tree = CollectedTree()
        var anchors = AnchorAllocator()
        var paragraphs = 0
        var text: [UInt8] = []
        var currentBlock: OpaquePointer?
        var blockUsesStart = 0
        var linkDepth = 0
        var imageDepth = 0

        guard let iterator = cmark_iter_new(document) else { return tree }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            defer { event = cmark_iter_next(iterator) }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER

            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    currentBlock = node
                    blockUsesStart = tree.uses.count
                    text.removeAll(keepingCapacity: true)
                } else {
                    let blockText = String(decoding: text, as: UTF8.self)
                    tree.characterCount += text.withUnsafeBufferPointer(RenderedBody.readableCharacters(inUTF8:))
                    let isHeading = type == CMARK_NODE_HEADING
                    let anchor = isHeading ? anchors.headingAnchor(for: blockText) : anchors.paragraphAnchor(for: blockText)
                    if !isHeading { paragraphs += 1 }
                    tree.blocks.append(BodyBlock(
                        headingLevel: isHeading ? Int(cmark_node_get_heading_level(node)) : 0,
                        anchor: anchor, paragraphNumber: isHeading ? 0 : paragraphs, text: blockText,
                        line: Int(cmark_node_get_start_line(node)),
                        keywordUses: blockUsesStart..<tree.uses.count))
                    tree.blockNodes.append(node)
                    tree.blockInTightList.append(!isHeading && isInTightList(node))
                    currentBlock = nil
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if entering {
                    if type == CMARK_NODE_LINK { linkDepth += 1 } else { imageDepth += 1 }
                    resolveDestination(of: node, source: source, linking: linking, into: &tree)
                } else {
                    if type == CMARK_NODE_LINK { linkDepth -= 1 } else { imageDepth -= 1 }
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard currentBlock != nil, imageDepth == 0, let literal = cmark_node_get_literal(node) else { break }
                let start = text.count
                let length = literal.cStringLength
                literal.withMemoryRebound(to: UInt8.self, capacity: length) {
                    text.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
                }
                guard type == CMARK_NODE_TEXT, linkDepth == 0 else { break }
                let blockIndex = tree.blocks.count
                let found = text.withUnsafeBufferPointer {
                    linking.findKeywords(UnsafeBufferPointer(rebasing: $0[start...]))
                }
                for match in found.visible {
                    tree.matches.append(KeywordMatch(keyword: match.keyword, start: start + match.start, end: start + match.end))
                    tree.matchBlocks.append(blockIndex)
                }
                for use in found.uses {
                    tree.uses.append(KeywordMatch(keyword: use.keyword, start: start + use.start, end: start + use.end))
                }
                if !found.visible.isEmpty, cmark_node_get_type(currentBlock) != CMARK_NODE_HEADING {
                    tree.linkable.append((node, blockIndex, start, length))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if currentBlock != nil, imageDepth == 0 { text.append(0x0A) }
            default:
                break
            }
        }
        return tree
    }

    private static func isInTightList(_ paragraph: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(paragraph), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item)
        else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    private static func resolveDestination(
        of node: OpaquePointer, source: String, linking: BodyLinking, into tree: inout CollectedTree
    ) {
        guard let url = cmark_node_get_url(node) else { return }
        let destination = String(cString: url)
        func report(_ problem: BodyLinkIssue.Problem) {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            tree.brokenLinks.append(BodyLinkIssue(
                problem: problem, destination: destination, line: line,
                column: source.characterColumn(line: line, byteColumn: byteColumn)))
        }
        if LinkSafety.isUnsafe(destination, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
            report(.unsafe)
            tree.unsafeNodes.append(node)
            return
        }
        switch linking.resolveLink(destination) {
        case .keep:
            break
        case .rewrite(let target):
            cmark_node_set_url(node, target)
        case .broken:
            report(.missingSpeech)
        }
    }

    // MARK: - Changing the tree

    /// Drops soft line breaks between two Chinese characters and merges the text around them.
    private static func joinChineseLines(in document: OpaquePointer) {
        var breaks: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK {
                breaks.append(node)
            }
        }
        cmark_iter_free(iterator)

        for softBreak in breaks {
            guard let previous = cmark_node_previous(softBreak), let next = cmark_node_next(softBreak),
                  cmark_node_get_type(previous) == CMARK_NODE_TEXT, cmark_node_get_type(next) == CMARK_NODE_TEXT,
                  let before = cmark_node_get_literal(previous), let after = cmark_node_get_literal(next)
            else { continue }
            let left = String(cString: before)
            let right = String(cString: after)
            guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first,
                  last.isCJK, first.isCJK
            else { continue }
            cmark_node_set_literal(previous, left + right)
            cmark_node_free(softBreak)
            cmark_node_free(next)
        }
    }

    /// Turns the first mention of each keyword into a link to its page, splitting the text node around it.
    /// - Returns: the keywords linked, in the order of the text.
    private static func linkFirstMentions(_ tree: inout CollectedTree, linking: BodyLinking) -> [KeywordID] {
        var linked: Set<KeywordID> = []
        var made: [KeywordID] = []
        var hitIndex = 0
        for (node, block, offset, length) in tree.linkable {
            let end = offset + length
            // The hits of this node, in order; each keyword links once per speech.
            var cuts: [(start: Int, end: Int, href: String, title: String)] = []
            while hitIndex < tree.matches.count,
                  (tree.matchBlocks[hitIndex], tree.matches[hitIndex].start) < (block, offset) {
                hitIndex += 1
            }
            var index = hitIndex
            while index < tree.matches.count, tree.matchBlocks[index] == block, tree.matches[index].start < end {
                let hit = tree.matches[index]
                index += 1
                guard hit.end <= end, !linked.contains(hit.keyword),
                      let link = linking.keywordLink(hit.keyword)
                else { continue }
                linked.insert(hit.keyword)
                made.append(hit.keyword)
                cuts.append((hit.start - offset, hit.end - offset, link.href, link.title))
            }
            hitIndex = index
            // Most text nodes only repeat keywords already linked; only the others are read and split.
            guard !cuts.isEmpty, let literal = cmark_node_get_literal(node) else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: length)
            split(node, bytes: bytes, at: cuts)
        }
        return made
    }

    /// Replaces a text node by text, link, text, … nodes.
    private static func split(
        _ node: OpaquePointer, bytes: UnsafeBufferPointer<UInt8>, at cuts: [(start: Int, end: Int, href: String, title: String)]
    ) {
        var position = 0
        var anchor = node
        func insertText(_ range: Range<Int>) {
            guard !range.isEmpty, let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return }
            setLiteral(textNode, UnsafeBufferPointer(rebasing: bytes[range]))
            cmark_node_insert_after(anchor, textNode)
            anchor = textNode
        }
        for cut in cuts {
            insertText(position..<cut.start)
            if let link = cmark_node_new(CMARK_NODE_LINK), let label = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_url(link, cut.href)
                cmark_node_set_title(link, cut.title)
                setLiteral(label, UnsafeBufferPointer(rebasing: bytes[cut.start..<cut.end]))
                cmark_node_append_child(link, label)
                cmark_node_insert_after(anchor, link)
                anchor = link
            }
            position = cut.end
        }
        insertText(position..<bytes.count)
        // Last: `bytes` is this node's own text.
        cmark_node_free(node)
    }

    /// Copies bytes cmark gave us (already valid UTF-8) into a node, without a detour through `String`.
    private static func setLiteral(_ node: OpaquePointer, _ bytes: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { buffer in
            _ = buffer.initialize(from: bytes)
            buffer[bytes.count] = 0
            buffer.withMemoryRebound(to: CChar.self) { _ = cmark_node_set_literal(node, $0.baseAddress) }
        }
    }

    /// Replaces unsafe links by their text (an image by nothing: its alt text is not shown as text either).
    private static func unwrap(_ nodes: [OpaquePointer]) {
        for node in nodes {
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                while let child = cmark_node_first_child(node) {
                    cmark_node_unlink(child)
                    cmark_node_insert_before(node, child)
                }
            }
            cmark_node_free(node)
        }
    }

    /// Puts ids on headings and paragraphs: cmark's HTML renderer has no attributes, so each block's children
    /// move into a custom block that writes the opening and closing tags itself.
    private static func wrapBlocks(_ nodes: [OpaquePointer], anchors: [String], inTightList: [Bool]) {
        for (index, node) in nodes.enumerated() {
            let anchor = anchors[index]
            let level = cmark_node_get_heading_level(node)
            let tag = cmark_node_get_type(node) == CMARK_NODE_HEADING ? "h\(level)" : (inTightList[index] ? "span" : "p")
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(wrapper, "<\(tag) id=\"\(anchor.escapedForHTMLAttribute)\">")
            cmark_node_set_on_exit(wrapper, "</\(tag)>")
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(wrapper, child)
            }
            cmark_node_replace(node, wrapper)
            cmark_node_free(node)
        }
    }
}
