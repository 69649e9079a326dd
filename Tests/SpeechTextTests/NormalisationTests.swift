import PortalTestSupport
import Testing
@testable import SpeechText

/// Line ends, byte-order marks, spaces and blank lines as editors' tools leave them.
struct NormalisationTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEnds(_ end: String) {
        let text = ["同志们：", "第一段。", "", "", "第二段。", "谢谢大家！"].joined(separator: end) + end
        let result = SpeechConverter.convert(text)
        #expect(result.markdown == "同志们：\n\n第一段。\n\n第二段。\n\n谢谢大家！\n")
    }

    @Test func lineNumbersCountEveryLineEndStyle() {
        let result = SpeechConverter.convert("正文。\r\n\r一、甲\r\n\n二、乙")
        #expect(result.outline.map(\.line) == [3, 5])
    }

    @Test func mixedLineEndsAndCRLFPairs() {
        #expect(SpeechConverter.convert("甲。\r\n乙。\r丙。\n丁。").markdown == "甲。\n\n乙。\n\n丙。\n\n丁。\n")
    }

    @Test func byteOrderMarkIsDropped() {
        let result = SpeechConverter.convert("\u{FEFF}在市总工会X届X次全委会议的讲话\n同志们：")
        #expect(result.title == "在市总工会X届X次全委会议的讲话")
        #expect(result.markdown == "同志们：\n")
    }

    @Test func spacesAtLineEndsAreTrimmedInsideKept() {
        let text = "\u{3000}\u{3000}首行缩进的段落，中间有\u{3000}全角空格和\u{00A0}不换行空格。\u{3000}\u{00A0} \t\n\u{00A0}第二段。  "
        let result = SpeechConverter.convert(text)
        #expect(result.markdown == "首行缩进的段落，中间有\u{3000}全角空格和\u{00A0}不换行空格。\n\n第二段。\n")
    }

    @Test func blankAndWhitespaceOnlyLinesDisappear() {
        let result = SpeechConverter.convert("\n\n \u{3000}\n甲。\n\t\n\u{00A0}\n\n乙。\n\n\n")
        #expect(result.markdown == "甲。\n\n乙。\n")
    }

    @Test func indentedLinesDoNotBecomeCodeBlocks() {
        #expect(SpeechConverter.convert("        缩进很深的段落。").markdown == "缩进很深的段落。\n")
    }

    @Test func emptyInput() {
        let result = SpeechConverter.convert("")
        #expect(result.markdown == "")
        #expect(result.title == nil)
        #expect(result.outline.isEmpty)
        #expect(result.checks.map(\.description).contains("the text has no body"))
    }

    @Test func controlCharactersAreKeptAndReported() {
        let result = SpeechConverter.convert("甲\u{0}乙。\n丙。")
        #expect(result.markdown.contains("甲\u{0}乙"))
        #expect(result.checks.map(\.description).contains { $0.contains("control characters on line(s) 1") })
    }

    @Test func neverCrashesOnRandomScalars() {
        var random = SeededRandom(seed: 7)
        let pool: [Unicode.Scalar] = Array("一二三十是要第、，。！？“”（）()12.*_#\\`<>&![]|~+-=\n\r\t \u{3000}\u{00A0}\u{FEFF}\u{0}\u{85}\u{2028}\u{301}同志们：谢".unicodeScalars)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...80, using: &random) {
                if Bool.random(using: &random), let any = Unicode.Scalar(UInt32.random(in: 0...0x2FFFF, using: &random)) {
                    text.unicodeScalars.append(any)
                } else {
                    text.unicodeScalars.append(pool[Int.random(in: 0..<pool.count, using: &random)])
                }
            }
            let result = SpeechConverter.convert(text)
            #expect(result.markdown.isEmpty || result.markdown.hasSuffix("\n"))
        }
    }
}
