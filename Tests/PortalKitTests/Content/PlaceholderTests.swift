import Testing
@testable import PortalKit

/// The placeholders `new` and `import` write are found wherever they stand, after any near miss.
struct PlaceholderTests {
    @Test func theFirstPlaceholderIsFoundWithItsPlace() {
        let found = Placeholder.find(in: "---\ntitle: 讲话\n---\n\n在此输入讲话正文在此输入讲话正文", file: "a.md")
        #expect(found?.text == "在此输入讲话正文")
        #expect(found?.location.line == 5)
        #expect(found?.location.column == 1)
        let title = Placeholder.find(in: "（请填写标题）\n在此输入讲话正文", file: "a.md")
        #expect(title?.text == "请填写标题")
        #expect(title?.location.column == 2)
    }

    @Test func nearMissesAndRepeatedPrefixesAreSkipped() {
        let noise = "在此输入讲话在此在在此输入讲话正请填写标请填写填写标题"
        #expect(Placeholder.find(in: noise, file: "a.md") == nil)
        for prefix in ["", "a", "ab", "在", "在此", "在此输入讲话正", noise] {
            let found = Placeholder.find(in: prefix + "在此输入讲话正文。", file: "a.md")
            #expect(found?.location.column == prefix.count + 1, "after \(prefix)")
        }
        #expect(Placeholder.find(in: "在此输入讲话正", file: "a.md") == nil)
        #expect(Placeholder.find(in: "", file: "a.md") == nil)
        #expect(Placeholder.find(in: "请填写标题", file: "a.md")?.location.column == 1)
    }
}
