import Testing
@testable import Markdown

@Suite struct AnchorAllocatorTests {
    @Test func repeatedHeadingsGetNumberedIdsThatNeverCollide() {
        var anchors = AnchorAllocator()
        var seen: Set<String> = []
        let texts = ["一、总体要求", "一、总体要求", "一-总体要求-2", "一、总体要求"] + Array(repeating: "一、总体要求", count: 2000)
        for text in texts {
            let anchor = anchors.headingAnchor(for: text)
            #expect(seen.insert(anchor).inserted, "\(anchor) given twice")
        }
        var again = AnchorAllocator()
        #expect(again.headingAnchor(for: "一、总体要求") == "一-总体要求")
        #expect(again.headingAnchor(for: "一、总体要求") == "一-总体要求-2")
        #expect(again.headingAnchor(for: "一-总体要求-2") == "一-总体要求-2-2")
        #expect(again.headingAnchor(for: "一、总体要求") == "一-总体要求-3")
    }

    @Test func headingsNeverTakeParagraphIds() {
        var anchors = AnchorAllocator()
        #expect(anchors.headingAnchor(for: "P12") == "h-p12")
        let paragraph = anchors.paragraphAnchor(for: "同志们：")
        #expect(anchors.headingAnchor(for: paragraph.uppercased()) == "h-" + paragraph)
        #expect(anchors.headingAnchor(for: paragraph + "-2") == "h-" + paragraph + "-2")
        #expect(AnchorAllocator.slug("，。！") == "section")
        #expect(AnchorAllocator.slug("Hello World 2023") == "hello-world-2023")
    }
}
