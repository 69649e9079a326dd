import Testing
@testable import SearchIndex

/// Writing a speech's text section by section must cost time in proportion to its length: the output may
/// grow only geometrically, never by a copy per section (which made a speech of 200,000 sections take a
/// minute).
@Suite struct SearchCharTableGrowthTests {
    @Test func theOutputGrowsGeometricallyWhateverTheNumberOfSections() {
        let table = SearchCharTable.shared
        var writer = SearchJSWriter()
        var capacities: [Int] = []
        let sections = 20_000
        for index in 0..<sections {
            table.write(index.isMultiple(of: 2) ? "标题\(index)" : "段落\(index)。", into: &writer)
            if capacities.last != writer.bytes.capacity { capacities.append(writer.bytes.capacity) }
        }
        // Doubling from nothing to the final size takes about log2(size) steps; a copy per section, one each.
        #expect(writer.bytes.count > 200_000)
        #expect(capacities.count < 40, "\(capacities.count) reallocations for \(sections) sections")
        // And what was written is the sections, each quoted.
        #expect(writer.bytes.count { $0 == UInt8(ascii: "\"") } == 2 * sections)
    }
}
