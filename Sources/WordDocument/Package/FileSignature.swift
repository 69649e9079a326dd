import Foundation

/// What the first bytes of a file say it is, for files that turn out not to be a `.docx`.
enum FileSignature {
    /// True for the OLE compound file header `D0 CF 11 E0 A1 B1 1A E1` (.doc, .wps, encrypted .docx).
    static func isCompoundFile(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// True for a ZIP local file header or an empty archive's end record.
    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// The format a file that is not a ZIP archive seems to be in, if it is a common one.
    static func foreignFormat(of data: Data) -> WordForeignFormat? {
        let head = data.prefix(4096)
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        guard !head.isEmpty, !head.contains(0) else { return nil }
        // A cut in the middle of a character at the end of the sample is fine.
        guard let text = (0...3).lazy.compactMap({ String(data: head.dropLast($0), encoding: .utf8) }).first else {
            return nil
        }
        let lowered = text.lowercased()
        if lowered.contains("<html") || lowered.contains("mime-version:") { return .html }
        return .plainText
    }
}
