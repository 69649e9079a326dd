import PortalTestSupport
@testable import SpeechText
import Testing

/// Every supported encoding read correctly, with fixtures made here from the seeds.
struct DecoderTests {
    static let sample = "同志们：\n今天我们召开市总工会X届X次全委会议。\n一、抓好学习贯彻\n谢谢大家！\n"

    @Test(arguments: SeedSpeeches.fixtures.names)
    func seedsInEveryEncoding(_ name: String) throws {
        let text = try SeedSpeeches.fixtures.text(name)
        let utf8 = try SeedSpeeches.fixtures.bytes(name)
        let cases: [(bytes: [UInt8], encoding: SourceEncoding)] = [
            (utf8, .utf8),
            ([0xEF, 0xBB, 0xBF] + utf8, .utf8WithBOM),
            (IconvEncoder.utf16(text, bigEndian: false), .utf16LE),
            (IconvEncoder.utf16(text, bigEndian: true), .utf16BE),
            (try IconvEncoder.encode(text, to: "GB18030"), .gb18030),
            (try IconvEncoder.encode(text, to: "GBK"), .gb18030),
        ]
        for (bytes, encoding) in cases {
            let decoded = try SpeechTextDecoder.decode(bytes)
            #expect(decoded.encoding == encoding)
            #expect(decoded.text == text, "\(name) as \(encoding)")
        }
    }

    @Test func crlfFilesDecodeUnchanged() throws {
        let text = Self.sample.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try SpeechTextDecoder.decode(try IconvEncoder.encode(text, to: "GBK")).text == text)
        #expect(try SpeechTextDecoder.decode(Array(text.utf8)).text == text)
    }

    @Test func gb18030FourByteAndRareCharacters() throws {
        // Supplementary-plane hanzi (four-byte GB18030), the euro sign, names written with
        // GBK-extension characters (镕, 喆, 堃) inside ordinary speech text.
        let text = Self.sample + "朱镕基、张喆、李堃同志，𠀀𪚥，€100。\n" + Self.sample
        let decoded = try SpeechTextDecoder.decode(try IconvEncoder.encode(text, to: "GB18030"))
        #expect(decoded == DecodedText(text: text, encoding: .gb18030))
    }

    @Test func emptyAndASCII() throws {
        #expect(try SpeechTextDecoder.decode([]) == DecodedText(text: "", encoding: .utf8))
        #expect(try SpeechTextDecoder.decode([0xEF, 0xBB, 0xBF]) == DecodedText(text: "", encoding: .utf8WithBOM))
        #expect(try SpeechTextDecoder.decode(Array("a\tb\r\nc\u{0C}".utf8)).text == "a\tb\r\nc\u{0C}")
        #expect(try SpeechTextDecoder.decode([0xFF, 0xFE]) == DecodedText(text: "", encoding: .utf16LE))
    }

    @Test func gb18030ByteOrderMarkIsDropped() throws {
        let bytes: [UInt8] = [0x84, 0x31, 0x95, 0x33] + (try IconvEncoder.encode(Self.sample, to: "GB18030"))
        #expect(try SpeechTextDecoder.decode(bytes) == DecodedText(text: Self.sample, encoding: .gb18030))
    }

    /// Truncated UTF-8 must never be "rescued" as GB18030 mojibake.
    @Test(arguments: SeedSpeeches.fixtures.names)
    func truncatedUTF8SeedIsRefusedNotMisread(_ name: String) throws {
        let bytes = try SeedSpeeches.fixtures.bytes(name)
        // Cut every seed in the middle of its last multi-byte character before the final line ends.
        guard let lastLead = bytes.lastIndex(where: { $0 >= 0xE0 }) else { Issue.record("no CJK in \(name)"); return }
        let cut = Array(bytes[...lastLead]) + [bytes[lastLead + 1]]
        let error = #expect(throws: SpeechTextDecodingError.self) { try SpeechTextDecoder.decode(cut) }
        #expect(error?.reason == .truncated)
        #expect(error?.byteOffset == lastLead)
        #expect(error?.encoding == .utf8)
    }

    @Test(arguments: SeedSpeeches.fixtures.names)
    func everyPrefixOfASeedDecodesOrIsRefusedAsUTF8(_ name: String) throws {
        let bytes = Array(try SeedSpeeches.fixtures.bytes(name).prefix(400))
        for length in 0...bytes.count {
            do {
                let decoded = try SpeechTextDecoder.decode(Array(bytes[0..<length]))
                #expect(decoded.encoding == .utf8, "prefix \(length) of \(name) read as \(decoded.encoding)")
            } catch {
                #expect(error.reason == .truncated && error.encoding == .utf8, "prefix \(length): \(error)")
            }
        }
    }
}
