import Foundation
import Testing
import WordDocument
import WordDocumentTestSupport

/// Archives that would unpack to far more than a speech, or hold too many entries, are
/// refused before or while unpacking, never read in full.
struct ZipBombTests {
    /// A document whose one paragraph holds `count` bytes of text: deflate makes it tiny.
    private static func document(textBytes count: Int) -> DocxBuilder {
        DocxBuilder(body: WordXML.paragraph(text: String(repeating: "a", count: count)))
    }

    @Test func partLargerThanTheLimitIsRefused() throws {
        let data = try Self.document(textBytes: 2_000_000).data()
        #expect(data.count < 100_000)
        let limits = WordDocumentLimits(maximumPartBytes: 1_000_000)
        #expect(Docx.error(reading: data, limits: limits) == .partTooLarge(part: "word/document.xml", limitBytes: 1_000_000))
        #expect(try WordDocument(data: data).paragraphs.first?.text.count == 2_000_000)
    }

    @Test func defaultLimitRefusesAPartOfMoreThan200MB() throws {
        // 201 MB of spaces deflate to about 200 KB; the declared size is refused before unpacking.
        let spaces = Data(repeating: 0x20, count: 1 << 20)
        var entries = Self.document(textBytes: 1).parts.filter { $0.key != "word/document.xml" }
            .map { ZipEntry(path: $0.key, data: $0.value) }
        entries.append(ZipEntry(path: "word/document.xml", size: 201_000_000) { _, length in
            length <= spaces.count ? spaces.prefix(length) : Data(repeating: 0x20, count: length)
        })
        let bomb = try DocxBuilder.zip(entries)
        #expect(bomb.count < 1_000_000)
        let error = Docx.error(reading: bomb)
        #expect(error == .partTooLarge(part: "word/document.xml", limitBytes: 200_000_000))
        #expect(error?.message == "word/document.xml unpacks to more than 200 MB: refused as a possible ZIP bomb")
    }

    @Test func lyingSizeIsCaughtWhileUnpacking() throws {
        var data = try Self.document(textBytes: 2_000_000).data()
        // Declare 100 bytes in both the local header and the central directory.
        let name = Array("word/document.xml".utf8)
        let bytes = [UInt8](data)
        var patched = 0
        for offset in 0..<(bytes.count - 46) {
            let signature = Array(bytes[offset..<offset + 4])
            if signature == [0x50, 0x4B, 0x03, 0x04], Array(bytes[(offset + 30)..<(offset + 30 + name.count)]) == name {
                data.replaceSubrange((offset + 22)..<(offset + 26), with: [100, 0, 0, 0])
                patched += 1
            }
            if signature == [0x50, 0x4B, 0x01, 0x02], Array(bytes[(offset + 46)..<(offset + 46 + name.count)]) == name {
                data.replaceSubrange((offset + 24)..<(offset + 28), with: [100, 0, 0, 0])
                patched += 1
            }
        }
        #expect(patched == 2)
        let limits = WordDocumentLimits(maximumPartBytes: 1_000_000)
        #expect(Docx.error(reading: data, limits: limits) == .partTooLarge(part: "word/document.xml", limitBytes: 1_000_000))
        // A declared size that is merely wrong is no error: the bytes and their checksum decide.
        #expect(Docx.error(reading: data) == nil)
    }

    @Test func archiveWithTooManyEntriesIsRefused() throws {
        var builder = Self.document(textBytes: 10)
        for index in 0..<20 { builder.extraParts["word/media/image\(index).png"] = Data([UInt8(index)]) }
        let data = try builder.data()
        #expect(Docx.error(reading: data, limits: WordDocumentLimits(maximumEntries: 20)) == .tooManyEntries(limit: 20))
        #expect(try WordDocument(data: data, limits: WordDocumentLimits(maximumEntries: 30)).plainText == "aaaaaaaaaa")
    }
}
