import PortalSupport
import Testing

@Suite struct TextConverterTests {
    static func convert(_ bytes: [UInt8], from encoding: String) -> TextConverter.Conversion? {
        bytes.withUnsafeBufferPointer { TextConverter.utf8(from: $0, encoding: encoding) }
    }

    /// 中文 in GBK, a four-byte GB18030 character (ß, 81 30 89 38), and the empty text.
    @Test func convertsGB18030() {
        #expect(Self.convert([0xD6, 0xD0, 0xCE, 0xC4, 0x0A, 0x81, 0x30, 0x89, 0x38], from: "GB18030") == .converted("中文\nß"))
        #expect(Self.convert([], from: "GB18030") == .converted(""))
    }

    /// The offset of the byte that starts no character, or of the character the text ends inside.
    @Test func tellsWhereTheBytesGoWrong() {
        #expect(Self.convert([0xD6, 0xD0, 0x81, 0x30, 0xFF, 0x30], from: "GB18030") == .invalid(offset: 2))
        #expect(Self.convert([0xD6, 0xD0, 0xCE], from: "GB18030") == .truncated(offset: 2))
    }

    @Test func anEncodingWithoutAConverterGivesNil() {
        #expect(Self.convert([0x41], from: "NO-SUCH-ENCODING-42") == nil)
    }
}
