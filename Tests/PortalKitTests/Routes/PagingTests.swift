import Testing
@testable import PortalKit

@Suite struct PagingTests {
    @Test func aListHasAsManyPagesAsItsItemsFill() {
        #expect(Paging(count: 0, size: 10).pageCount == 1)
        #expect(Paging(count: 1, size: 10).pageCount == 1)
        #expect(Paging(count: 10, size: 10).pageCount == 1)
        #expect(Paging(count: 11, size: 10).pageCount == 2)
        #expect(Paging(count: 10_000, size: 200).pageCount == 50)
        #expect(Paging(count: 10_001, size: 200).pages == 1...51)
    }

    @Test func eachPageHoldsItsSliceAndTheLastTheRest() {
        let paging = Paging(count: 25, size: 10)
        #expect(paging.items(onPage: 1) == 0..<10)
        #expect(paging.items(onPage: 2) == 10..<20)
        #expect(paging.items(onPage: 3) == 20..<25)
        // Past the last page, and the one page of an empty list, hold nothing.
        #expect(paging.items(onPage: 4).isEmpty)
        #expect(Paging(count: 0, size: 10).items(onPage: 1) == 0..<0)
        // Every item is on exactly one page.
        #expect(paging.pages.flatMap { Array(paging.items(onPage: $0)) } == Array(0..<25))
    }

    @Test func anItemKnowsItsPageAndItsPlaceOnIt() {
        let paging = Paging(count: 25, size: 10)
        #expect([0, 9, 10, 24].map(paging.page(of:)) == [1, 1, 2, 3])
        #expect([0, 9, 10, 24].map(paging.offset(of:)) == [0, 9, 0, 4])
        for position in 0..<25 { #expect(paging.items(onPage: paging.page(of: position)).contains(position)) }
    }

    @Test func aPageHoldsAtLeastOneItem() {
        #expect(Paging(count: 3, size: 0).size == 1)
        #expect(Paging(count: 3, size: 0).pageCount == 3)
    }
}

@Suite struct UnevenPagingTests {
    @Test func pagesCutWhereABudgetRunsOutHoldEveryItemOnce() {
        let paging = Paging(count: 10, starts: [0, 3, 4, 9])
        #expect(paging.pageCount == 4 && paging.size == 5)
        #expect(paging.pages.map(paging.items(onPage:)) == [0..<3, 3..<4, 4..<9, 9..<10])
        #expect([0, 2, 3, 4, 8, 9].map(paging.page(of:)) == [1, 1, 2, 3, 3, 4])
        #expect([2, 3, 5].map(paging.offset(of:)) == [2, 0, 1])
        #expect(paging.items(onPage: 5).isEmpty)
        // Starts past the end or out of order are dropped; an empty list has its one page.
        #expect(Paging(count: 4, starts: [0, 2, 1, 7]).pages.map(Paging(count: 4, starts: [0, 2, 1, 7]).items(onPage:)) == [0..<2, 2..<4])
        #expect(Paging(count: 0, starts: []).pageCount == 1)
    }
}
