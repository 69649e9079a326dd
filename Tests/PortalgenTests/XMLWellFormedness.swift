import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether bytes are well-formed XML, by Foundation's parser (libxml2 on Linux).
enum XMLWellFormedness {
    /// nil when well-formed, otherwise the parser's complaint.
    static func check(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "not well-formed")
    }
}
