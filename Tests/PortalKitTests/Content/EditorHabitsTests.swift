import PortalSupport
import Testing
@testable import PortalKit

/// Front matter as Chinese editors write it: their dates, commas, colons and field names are accepted; their
/// mistakes are named in their terms on the line where they are, with the line written right.
@Suite struct EditorHabitsTests {
    /// The speech `front` is the front matter of, or the diagnostics that keep it from being one.
    private func read(_ front: String) -> SpeechReader.Result {
        SpeechReader.read(Array("---\n\(front)---\n正文。\n".utf8), path: "a.md", fileName: "a.md")
    }

    private func metadata(_ front: String) throws -> SpeechMetadata {
        let result = read(front)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.speech).metadata
    }

    /// The one diagnostic `front` gets.
    private func diagnostic(_ front: String) throws -> Diagnostic {
        let result = read(front)
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
        return try #require(result.diagnostics.first)
    }

    @Test(arguments: [
        ("2024-04-28", "2024-04-28"), ("2024-4-28", "2024-04-28"), ("2024.04.28", "2024-04-28"), ("2024/4/8", "2024-04-08"),
        ("2024年4月28日", "2024-04-28"), ("2024年4月28号", "2024-04-28"), ("二〇二四年四月二十八日", "2024-04-28"),
        ("二零二四年十二月三十一日", "2024-12-31"), ("２０２４年４月２８日", "2024-04-28"), ("２０２４－０４－２８", nil),
        ("2024年4月", "2024-04"), ("2024年", "2024"), ("2024", "2024"), ("2024-04", "2024-04"), ("\u{3000}2024.4.28 ", "2024-04-28"),
        ("1955年7月6日", "1955-07-06"),
    ] as [(String, String?)])
    func datesInEveryFormEditorsWrite(_ written: String, _ expected: String?) throws {
        let result = read("title: 讲话\ndate: \(written)\n")
        if let expected {
            #expect(result.speech?.metadata.date?.description == expected, "\(result.diagnostics)")
        } else {
            #expect(result.diagnostics.first?.message.key == .badDate)
        }
    }

    @Test func anImpossibleDateNamesTheFix() throws {
        let february = try diagnostic("title: 讲话\ndate: 2024-02-30\n")
        #expect(february.location == SourceLocation(file: "a.md", line: 3, column: 7))
        #expect(february.text(in: .english) == """
            a.md:3:7: error: `2024-02-30` is not a date: month 2 of 2024 has 29 days
              hint: check the day against the original; the last day of that month is 2024-02-29
            """)
        let month = try diagnostic("title: 讲话\ndate: 2023年13月1日\n")
        #expect(month.text(in: .chinese) == """
            a.md:3:7: 错误：`2023年13月1日` 不是有效的日期：没有 13 月
              提示：月份只能是 1 到 12；看看是不是把月和日写反了
            """)
        #expect(try diagnostic("title: 讲话\ndate: 2023-04-31\n").message.key == .impossibleDay)
        #expect(try diagnostic("title: 讲话\ndate: 下周三\n").message.key == .badDate)
    }

    @Test func listsSplitAtChinesePunctuation() throws {
        #expect(try metadata("title: 讲话\nkeywords: [劳模精神，工匠精神]\n").keywords == ["劳模精神", "工匠精神"])
        #expect(try metadata("title: 讲话\nkeywords: 劳模精神、工匠精神；劳动精神\n").keywords == ["劳模精神", "工匠精神", "劳动精神"])
        #expect(try metadata("title: 讲话\nkeywords: [劳模精神, 工匠精神；劳模精神]\n").keywords == ["劳模精神", "工匠精神"])
        #expect(try metadata("title: 讲话\nkeywords:\n  - 劳模精神、工匠精神\n  - 劳动精神\n").keywords
            == ["劳模精神", "工匠精神", "劳动精神"])
    }

    @Test func chineseFieldNamesAndColonsAreAccepted() throws {
        let speech = try metadata("""
            标题：在全市劳模表彰大会上的讲话
            日期：2024年4月28日
            场合： 全市劳模表彰大会
            讲话人：张建华
            地点：市工人文化宫
            来源：市总工会办公室
            摘要：表彰劳模。
            关键词：劳模精神、工匠精神
            草稿：否
            网址名：2024-laomo

            """)
        #expect(speech == SpeechMetadata(
            title: "在全市劳模表彰大会上的讲话", date: SpeechDate(year: 2024, month: 4, day: 28), occasion: "全市劳模表彰大会",
            speaker: "张建华", place: "市工人文化宫", source: "市总工会办公室", keywords: ["劳模精神", "工匠精神"],
            summary: "表彰劳模。", draft: false, slug: "2024-laomo"))
        // No space after a known field's colon is accepted too, and `：` in the value is the editor's text.
        #expect(try metadata("title:在大会上的讲话：开幕式\ndraft: 是\n").title == "在大会上的讲话：开幕式")
        #expect(try metadata("title:在大会上的讲话\ndraft: 是\n").draft)
    }

    @Test func placesAfterAnAcceptedColonAreTheEditorsColumns() throws {
        let wrongType = try diagnostic("标题：讲话\n草稿：也许\n")
        // `草稿：也许`: the value starts in the fourth column of the editor's line.
        #expect(wrongType.location == SourceLocation(file: "a.md", line: 3, column: 4))
        #expect(wrongType.message.key == .wrongType)
        #expect(wrongType.text(in: .chinese).contains("`草稿` 应当是“是”或“否”（true 或 false）"))
    }

    @Test func aFieldUnderBothNamesIsGivenTwice() throws {
        let twice = try diagnostic("title: 讲话\n标题: 讲话\n")
        #expect(twice.message == Message(.sameField, texts: ["field": "标题", "first": "title"]))
        #expect(twice.location?.line == 3)
    }

    @Test func unknownFieldsGetTheNearestNameInEitherLanguage() throws {
        let english = try diagnostic("title: 讲话\noccassion: 大会\n")
        #expect(english.severity == .warning)
        #expect(english.hint?.arguments["suggestion"] == .text("occasion"))
        let chinese = try diagnostic("title: 讲话\n地址: 北京\n")
        #expect(chinese.hint?.arguments["suggestion"] == .text("地点"))
        #expect(try diagnostic("title: 讲话\n作者: 张三\n").hint?.key == .unknownFieldHint)
        // A misspelt title is the missing title's error, on its line.
        let titel = try diagnostic("titel: 讲话\n")
        #expect(titel.message.key == .missingTitle)
        #expect(titel.text(in: .english).hasSuffix("hint: `titel` is not a field portalgen knows: did you mean `title`?"))
        let biaoti = try diagnostic("date: 2024\n标提: 讲话\n")
        #expect(biaoti.location?.line == 3)
        #expect(biaoti.text(in: .chinese).hasSuffix("提示：没有 `标提` 这个字段，是不是想写 `标题`？"))
        // With a title, the misspelt one is an unknown field like any other.
        #expect(try diagnostic("title: 讲话\ntitel: 讲话\n").message.key == .unknownField)
    }

    /// The parser's error is replaced by the editor's mistake, on the line where it is.
    @Test(arguments: [
        ("title: 讲话\nkeywords:\n\t- 劳模精神\n", YAMLMistake.tabIndentation(corrected: "  - 劳模精神"), 4, 1),
        ("\u{3000}\u{3000}title: 讲话\n", .fullWidthSpaceIndentation(corrected: "title: 讲话"), 2, 1),
        ("title: 讲话\n  date: 2024\n", .extraIndentation(field: "date", corrected: "date: 2024"), 3, 1),
        ("title，在大会上的讲话\n", .commaForColon(field: "title", corrected: "title: 在大会上的讲话"), 2, 6),
        ("date: 2024\ntitle 在大会上的讲话\n", .missingColon(corrected: "title: 在大会上的讲话"), 3, 1),
        ("date: 2024\n在大会上的讲话\n", .missingColon(corrected: nil), 3, 1),
        ("date: 2024\ntitel:讲话\nspeaker: 张三\n", .missingSpace(field: "titel", corrected: "titel: 讲话"), 3, 6),
        ("title: 学习贯彻: 在大会上的讲话\n", .colonInValue(field: "title", corrected: "title: \"学习贯彻: 在大会上的讲话\""), 2, 12),
        ("标题：关于\"两个确立\": 讲话\n", .colonInValue(field: "标题", corrected: "标题：'关于\"两个确立\": 讲话'"), 2, 12),
        ("title: \"在大会上的讲话\ndate: 2024\n", .unclosedQuote(field: "title", corrected: "title: \"在大会上的讲话\""), 2, 8),
        ("title: \"学习\"贯彻\n", .textAfterQuote(field: "title", corrected: "title: '\"学习\"贯彻'"), 2, 12),
        ("title: 讲话\nkeywords: [劳模精神, 工匠精神\noccasion: 大会\ndate: 2024\n",
         .unclosedBracket(field: "keywords", bracket: "[", corrected: "keywords: [劳模精神, 工匠精神]"), 3, 11),
        ("title: [转载] 在大会上的讲话\n", .textAfterBracket(field: "title", corrected: "title: \"[转载] 在大会上的讲话\""), 2, 8),
        ("title: *重要* 讲话\n", .reservedStart(field: "title", character: "*", corrected: "title: \"*重要* 讲话\""), 2, 8),
        ("title: @工会 讲话\n", .reservedStart(field: "title", character: "@", corrected: "title: \"@工会 讲话\""), 2, 8),
    ] as [(String, YAMLMistake, Int, Int)])
    func mistakesAreNamedOnTheirLine(_ front: String, _ mistake: YAMLMistake, _ line: Int, _ column: Int) throws {
        let found = try diagnostic(front)
        #expect(found.message == mistake.message)
        #expect(found.hint == mistake.hint)
        #expect(found.location == SourceLocation(file: "a.md", line: line, column: column))
    }

    @Test func aCorrectedLineIsShownInBothLanguages() throws {
        let found = try diagnostic("title: 学习贯彻: 在大会上的讲话\n")
        #expect(found.text(in: .english) == """
            a.md:2:12: error: the value of `title` contains a colon followed by a space, which starts a new field; put the value in quotes
              hint: write the line as `title: "学习贯彻: 在大会上的讲话"`
            """)
        #expect(found.text(in: .chinese) == """
            a.md:2:12: 错误：`title` 的内容里有“冒号加空格”，会被当成新的字段；要把内容放在英文引号里
              提示：改成：`title: "学习贯彻: 在大会上的讲话"`
            """)
        // Written as suggested, the line is read as the editor meant it.
        #expect(try metadata("title: \"学习贯彻: 在大会上的讲话\"\n").title == "学习贯彻: 在大会上的讲话")
    }

    @Test func aLongValueOnSeveralLinesAndBlockTextAreNotTouched() throws {
        let speech = try metadata("title: 讲话\nsummary: |\n  第一行：内容\n  第二行: 内容\nkeywords:\n  - 劳模精神：内涵\n")
        #expect(speech.summary == "第一行：内容\n第二行: 内容")
        #expect(speech.keywords == ["劳模精神：内涵"])
    }
}
