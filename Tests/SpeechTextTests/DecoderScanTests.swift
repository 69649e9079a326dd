import Testing
@testable import SpeechText

/// Well-formed UTF-8 is read eight bytes at a time: a control character is found at every offset within and
/// across those words, and the characters that look like controls word-wide (tab to carriage return, `·` and
/// other C2 A0–BF characters) are text.
struct DecoderScanTests {
    static let text = Array("同志们：今天我们在这里召开会议，研究部署工作。".utf8)

    @Test(arguments: [[0x01], [0x1F], [0x7F], [0xC2, 0x85], [0xC2, 0x9F]] as [[UInt8]])
    func aControlCharacterIsRefusedAtItsOffset(control: [UInt8]) {
        for offset in 0...24 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: offset) + Self.text
            bytes.insert(contentsOf: control, at: offset)
            let error = #expect(throws: SpeechTextDecodingError.self) { try SpeechTextDecoder.decode(bytes) }
            #expect(error?.reason == .binaryData)
            #expect(error?.byteOffset == offset)
            #expect(error?.codePoint == UInt32(control.last ?? 0))
        }
    }

    @Test func whiteSpaceAndC2CharactersAreText() throws {
        for offset in 0...24 {
            let text = String(repeating: "a", count: offset) + "阿沛·阿旺晋美\t\u{0B}\u{0C}\r\n“£±°” " + "同志们"
            let decoded = try SpeechTextDecoder.decode(Array(text.utf8))
            #expect(decoded.text == text)
            #expect(decoded.encoding == .utf8)
        }
    }

    @Test func aCharacterCutOffAfterC2IsTruncated() {
        let bytes = Array("同志们同志们".utf8) + [0xC2]
        let error = #expect(throws: SpeechTextDecodingError.self) { try SpeechTextDecoder.decode(bytes) }
        #expect(error?.reason == .truncated)
        #expect(error?.byteOffset == 18)
    }
}
