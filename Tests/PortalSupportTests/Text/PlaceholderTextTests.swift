import PortalSupport
import Testing

@Suite struct PlaceholderTextTests {
    @Test func fillsNamedPlaceholdersWhereverTheTextPutsThem() {
        #expect(PlaceholderText.fill("“{term}”在{speeches}篇讲话中出现{mentions}次", ["term": "劳模精神", "speeches": "3", "mentions": "12"])
            == "“劳模精神”在3篇讲话中出现12次")
        #expect(PlaceholderText.fill("{mentions} mentions of {term}", ["term": "x", "mentions": "2"]) == "2 mentions of x")
    }

    @Test func bracesThatAreNoPlaceholderStayText() {
        let text = "quote values starting with (\", ', [, {, *) or {not a name} or {unknown}{"
        #expect(PlaceholderText.fill(text, ["name": "x"]) == text)
        #expect(PlaceholderText.placeholders(in: text) == ["unknown"])
        #expect(PlaceholderText.placeholders(in: "{year}年{month}月{day}日") == ["year", "month", "day"])
    }

    @Test func aNameEndsAtTheFirstCharacterThatIsNoASCIILetterDigitOrUnderscore() {
        #expect(PlaceholderText.fill("{page_2}页、{第}、{ｘ}、{é}", ["page_2": "5", "第": "x", "ｘ": "x", "é": "x"])
            == "5页、{第}、{ｘ}、{é}")
        #expect(PlaceholderText.fill("{n}{n}{n}", ["n": "1"]) == "111")
        #expect(PlaceholderText.fill("没有占位符的文字", ["n": "1"]) == "没有占位符的文字")
    }

    /// A combining mark joins the character before it: `}` + U+0301 is not `}`, and `n` + U+0301 is not `n`.
    @Test func combiningMarksKeepTheirCharacters() {
        #expect(PlaceholderText.fill("{n}\u{301}", ["n": "1"]) == "{n}\u{301}")
        #expect(PlaceholderText.fill("{n\u{301}}", ["n": "1"]) == "{n\u{301}}")
        #expect(PlaceholderText.fill("{n}一", ["n": "1"]) == "1一")
        #expect(PlaceholderText.placeholders(in: "{a}\u{301}{b}") == ["b"])
    }
}
