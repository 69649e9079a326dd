import PortalTestSupport
import Testing
@testable import SpeechText

/// The generated inputs of the nothing-lost property must really exercise the rules.
struct GeneratorTests {
    @Test func generatedTextsHitEveryRule() {
        var headings = Set<Int>(), bold = 0, titles = 0, escapes = 0, splits = 0, headerParts = 0, joins = 0, lists = 0
        for seed in 0..<200 {
            var generator = SpeechTextGenerator(seed: UInt64(seed))
            let result = SpeechConverter.convert(generator.speech())
            headings.formUnion(result.outline.map(\.level))
            if result.title != nil { titles += 1 }
            if result.markdown.contains("\n**") || result.markdown.contains("。**") { bold += 1 }
            if result.markdown.contains("\\*\\*") { escapes += 1 }
            if result.markdown.contains("。\n\n") && result.outline.contains(where: { $0.text.hasSuffix("。") }) { splits += 1 }
            if result.header.contains(where: { $0.role != .title }) { headerParts += 1 }
            if !result.joins.isEmpty { joins += 1 }
            if result.checks.map(\.description).contains(where: { $0.contains("read as a list") }) { lists += 1 }
        }
        #expect(headings.isSuperset(of: [2, 3, 4]))
        #expect(bold > 10)
        #expect(titles > 10)
        #expect(escapes > 50)
        #expect(splits > 10)
        #expect(headerParts > 20)
        #expect(joins > 10)
        #expect(lists > 10)
    }

    @Test func sameSeedSameText() {
        var a = SpeechTextGenerator(seed: 42), b = SpeechTextGenerator(seed: 42)
        #expect(a.speech() == b.speech())
    }
}
