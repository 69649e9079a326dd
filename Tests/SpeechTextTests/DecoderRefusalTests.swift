import Testing
@testable import SpeechText

/// Undecodable input is refused with the byte offset (0-based) and line of the failure.
struct DecoderRefusalTests {
    static func refusal(_ bytes: [UInt8]) -> SpeechTextDecodingError? {
        #expect(throws: SpeechTextDecodingError.self) { try SpeechTextDecoder.decode(bytes) }
    }

    @Test func nulByteIsBinary() throws {
        let error = Self.refusal(Array("同志们".utf8) + [0x00] + Array("讲话".utf8))
        #expect(error?.reason == .binaryData)
        #expect(error?.byteOffset == 9)
        #expect(error?.line == 1)
        #expect(error?.codePoint == 0)
        #expect(error?.message == "not a plain-text file: control character U+0000 at byte 9 (line 1)")
    }

    @Test func controlCharacterOnALaterLine() throws {
        let error = Self.refusal(Array("第一行\r\n第二行\n第三\u{1B}行".utf8))
        #expect(error?.reason == .binaryData)
        #expect(error?.byteOffset == 27)
        #expect(error?.line == 3)
    }

    @Test func pngIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let error = Self.refusal(png)
        #expect(error?.reason == .binaryData)
        #expect(error?.byteOffset == 6)
        #expect(error?.hint.contains("plain text") == true)
    }

    @Test func c1ControlInUTF8IsBinary() {
        let error = Self.refusal(Array("工会".utf8) + [0xC2, 0x85])
        #expect(error?.reason == .binaryData)
        #expect(error?.byteOffset == 6)
        #expect(error?.codePoint == 0x85)
    }

    @Test func invalidByteInsideUTF8() {
        let head = Array("同志们：\n今天我们在这里召开会议，".utf8)
        let error = Self.refusal(head + [0xFF] + Array("研究部署工作。".utf8))
        #expect(error?.reason == .invalidSequence)
        #expect(error?.byteOffset == head.count)
        #expect(error?.encoding == .utf8)
        #expect(error?.line == 2)
        #expect(error?.hint.contains("damaged or mix two encodings") == true)
    }

    @Test func invalidContinuationIsReportedAtTheSequenceStart() {
        let head = Array("工会工作会议".utf8)
        let error = Self.refusal(head + [0xE5, 0x41, 0x42])
        #expect(error?.reason == .invalidSequence)
        #expect(error?.byteOffset == head.count)
    }

    @Test func truncatedUTF8WithBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("同志们".utf8) + [0xE5, 0xB7]
        let error = Self.refusal(bytes)
        #expect(error?.reason == .truncated)
        #expect(error?.encoding == .utf8WithBOM)
        #expect(error?.byteOffset == 12)
    }

    @Test func truncatedGB18030() throws {
        let full = try IconvEncoder.encode("同志们：\n今天我们召开全委会议，谢谢大家", to: "GB18030")
        let error = Self.refusal(Array(full.dropLast()))
        #expect(error?.reason == .truncated)
        #expect(error?.encoding == .gb18030)
        #expect(error?.byteOffset == full.count - 2)
        #expect(error?.line == 2)
    }

    @Test func invalidGB18030Byte() throws {
        let head = try IconvEncoder.encode("同志们：\n今天我们召开全委会议，", to: "GBK")
        let tail = try IconvEncoder.encode("研究部署工作。", to: "GBK")
        let error = Self.refusal(head + [0xFF] + tail)
        #expect(error?.reason == .invalidSequence)
        #expect(error?.encoding == .gb18030)
        #expect(error?.byteOffset == head.count)
    }

    @Test func unassignedFourByteGB18030() throws {
        // Structurally a four-byte character, but outside every GB18030 mapping range: only iconv knows.
        let head = try IconvEncoder.encode("同志们：今天我们召开全委会议，", to: "GB18030")
        let error = Self.refusal(head + [0x84, 0x31, 0xA5, 0x30])
        #expect(error?.reason == .invalidSequence)
        #expect(error?.encoding == .gb18030)
        #expect(error?.byteOffset == head.count)
    }

    @Test func gbkWithUTF8PastedIn() throws {
        let gbk = try IconvEncoder.encode("工会同志们：今天我们召开全委会议，研究部署全年的工作任务。", to: "GBK")
        let utf8 = Array("习近平新时代中国特色社会主义思想".utf8)
        let error = Self.refusal(gbk + utf8 + gbk)
        #expect(error?.reason == .invalidSequence)
        #expect(error?.byteOffset == gbk.count)
        #expect(error?.hint.contains("mix two encodings") == true)
    }

    @Test func utf8WithGBKPastedIn() throws {
        let utf8 = Array("同志们：今天我们召开全委会议，".utf8)
        let gbk = try IconvEncoder.encode("工会研究部署工作。", to: "GBK")
        let error = Self.refusal(utf8 + gbk)
        #expect(error?.reason == .invalidSequence)
        #expect(error?.encoding == .utf8)
        #expect(error?.byteOffset == utf8.count)
    }

    @Test func latin1IsNeitherEncoding() {
        let error = Self.refusal(Array("Les cafés et les thés sont prêts.".unicodeScalars.map { UInt8($0.value) }))
        #expect(error?.reason == .invalidSequence)
        #expect(error?.byteOffset == 7)
        #expect(error?.message.contains("neither UTF-8 nor GB18030") == true)
    }

    @Test func utf16OddLengthIsTruncated() {
        let bytes = IconvEncoder.utf16("同志们", bigEndian: false) + [0x41]
        let error = Self.refusal(bytes)
        #expect(error?.reason == .truncated)
        #expect(error?.encoding == .utf16LE)
        #expect(error?.byteOffset == 8)
    }

    @Test func utf16UnpairedSurrogates() {
        let high = Self.refusal([0xFE, 0xFF, 0x5D, 0xE5, 0xD8, 0x00, 0x00, 0x41])
        #expect(high?.reason == .invalidSequence)
        #expect(high?.encoding == .utf16BE)
        #expect(high?.byteOffset == 4)
        let low = Self.refusal([0xFF, 0xFE, 0xE5, 0x5D, 0x00, 0xDC])
        #expect(low?.reason == .invalidSequence)
        #expect(low?.byteOffset == 4)
        let cut = Self.refusal([0xFF, 0xFE, 0xE5, 0x5D, 0x40, 0xD8])
        #expect(cut?.reason == .truncated)
        #expect(cut?.byteOffset == 4)
    }

    @Test func utf16ControlCharacterAndLine() {
        let bytes = IconvEncoder.utf16("工会\n会议\u{07}", bigEndian: true)
        let error = Self.refusal(bytes)
        #expect(error?.reason == .binaryData)
        #expect(error?.byteOffset == 12)
        #expect(error?.line == 2)
    }

    @Test func utf32AndUTF16WithoutBOMGetTheirHints() {
        let utf32LE = Self.refusal([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])
        #expect(utf32LE?.hint.contains("UTF-32") == true)
        let utf32BE = Self.refusal([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41])
        #expect(utf32BE?.byteOffset == 0)
        #expect(utf32BE?.hint.contains("UTF-32") == true)
        let noBOM = Array(IconvEncoder.utf16("同志们：\n工会\n", bigEndian: false).dropFirst(2))
        let error = Self.refusal(noBOM)
        #expect(error?.reason == .binaryData)
        #expect(error?.hint.contains("UTF-16 saved without a byte-order mark") == true)
    }

    @Test func descriptionCombinesMessageAndHint() {
        let error = Self.refusal([0x41, 0x00])
        #expect(error?.description == "\(error?.message ?? "") (\(error?.hint ?? ""))")
    }
}
