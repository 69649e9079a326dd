import PortalSupport
import Testing

@Suite struct StringUTF8BytesTests {
    @Test func theBytesAreTheStringsUTF8() {
        let texts = ["", "abc", "工会职工𠀀\r\n", String(repeating: "两个确立、", count: 1000), String("x两个确立".dropFirst())]
        for text in texts {
            #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
        }
    }

    @Test func errorsPassThrough() {
        struct Stop: Error {}
        #expect(throws: Stop.self) { try "工会".withUTF8Bytes { _ in throw Stop() } }
    }
}
