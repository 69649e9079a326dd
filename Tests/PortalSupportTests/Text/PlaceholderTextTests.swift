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
}
