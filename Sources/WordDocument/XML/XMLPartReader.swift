import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of one XML part. The reader keeps the element stack and skips whole
/// subtrees on request, so handlers only see what they asked for.
protocol XMLPartHandler: AnyObject {
    /// An element opens. Return false to skip everything inside it; its end is then not reported.
    func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool
    /// An element that was not skipped closes.
    func endElement(_ name: XMLName, parent: XMLName?)
    /// Character data directly inside `element` (may arrive in several pieces).
    func characters(_ text: String, in element: XMLName)
}

/// Streams one part through Foundation's `XMLParser` (libxml2's SAX parser on Linux) into a
/// handler. A part with a document type declaration is refused before parsing: no Office part
/// has one, and refusing it rules out entity-expansion bombs.
final class XMLPartReader: NSObject, XMLParserDelegate {
    private let handler: XMLPartHandler
    private var stack: [XMLName] = []
    /// Depth inside a skipped subtree; 0 when events are delivered.
    private var skipDepth = 0
    private var failure: (line: Int, column: Int, problem: WordDocumentError.XMLProblem)?

    private init(handler: XMLPartHandler) {
        self.handler = handler
    }

    /// Parses `data` (the part `part`, named in errors) into `handler`.
    static func read(_ data: Data, part: String, into handler: XMLPartHandler) throws(WordDocumentError) {
        if let offset = documentTypeOffset(in: data) {
            let before = data.prefix(offset)
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
            // Columns count characters, as libxml2's do: UTF-8 continuation bytes are not counted.
            let column = before[lineStart...].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            throw .damagedPart(part: part, line: line, column: column, problem: .documentType)
        }
        let reader = XMLPartReader(handler: handler)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let finished = parser.parse()
        if let failure = reader.failure {
            throw .damagedPart(part: part, line: failure.line, column: failure.column, problem: failure.problem)
        }
        if !finished || !reader.stack.isEmpty {
            throw .damagedPart(part: part, line: parser.lineNumber, column: parser.columnNumber, problem: .endsEarly)
        }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = XMLName(namespace: XMLNamespace(uri: namespaceURI), local: elementName)
        let parent = stack.last
        stack.append(name)
        if skipDepth > 0 {
            skipDepth += 1
        } else if !handler.startElement(name, attributes: XMLAttributes(values: attributes), parent: parent) {
            skipDepth = 1
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        guard let name = stack.popLast() else { return }
        if skipDepth > 0 {
            skipDepth -= 1
        } else {
            handler.endElement(name, parent: stack.last)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipDepth == 0, let element = stack.last else { return }
        handler.characters(string, in: element)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard skipDepth == 0, let element = stack.last, let text = String(data: CDATABlock, encoding: .utf8) else { return }
        handler.characters(text, in: element)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        failure = (parser.lineNumber, parser.columnNumber, Self.describe(parseError))
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {
        self.parser(parser, parseErrorOccurred: validationError)
    }

    /// libxml2's error codes for the mistakes a damaged or hand-edited part usually has.
    private static func describe(_ error: Error) -> WordDocumentError.XMLProblem {
        switch (error as NSError).code {
        case 4: .empty
        case 5: .endsEarly
        case 9: .invalidCharacter
        case 23, 26, 68: .entity
        case 38, 39, 40, 41, 65: .attribute
        case 73, 76, 77: .tagMismatch
        case 111: .tooDeep
        default: .notWellFormed
        }
    }

    /// The byte offset of `<!DOCTYPE` in the bytes, in UTF-8 or UTF-16.
    private static func documentTypeOffset(in data: Data) -> Int? {
        let patterns: [[UInt8]] = [
            Array("<!DOCTYPE".utf8),
            Array("<!DOCTYPE".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            Array("<!DOCTYPE".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ]
        return data.withUnsafeBytes { buffer -> Int? in
            patterns.lazy.compactMap { firstOffset(of: $0, in: buffer) }.first
        }
    }

    /// The offset of `pattern` in `buffer`: memchr finds each candidate first byte.
    private static func firstOffset(of pattern: [UInt8], in buffer: UnsafeRawBufferPointer) -> Int? {
        guard let base = buffer.baseAddress, let first = pattern.first, buffer.count >= pattern.count else { return nil }
        var offset = 0
        while offset + pattern.count <= buffer.count {
            guard let hit = memchr(base + offset, Int32(first), buffer.count - offset - pattern.count + 1) else {
                return nil
            }
            let candidate = base.distance(to: UnsafeRawPointer(hit))
            if pattern.indices.allSatisfy({ buffer[candidate + $0] == pattern[$0] }) { return candidate }
            offset = candidate + 1
        }
        return nil
    }
}
