@testable import PortalSupport
import Testing

@Suite struct EditDistanceTests {
    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect("titel".editDistance(to: "title") == 1)
        #expect("ab".editDistance(to: "ba") == 1)
        #expect("标提".editDistance(to: "标题") == 1)
        #expect("kitten".editDistance(to: "sitting") == 3)
        #expect("".editDistance(to: "abc") == 3)
        #expect("abc".editDistance(to: "abc") == 0)
    }

    @Test func theClosestIsNearEnoughToBeATypo() {
        #expect("titel".closest(in: ["title", "date"]) == "title")
        #expect("occassion".closest(in: ["occasion", "place"]) == "occasion")
        #expect("地址".closest(in: ["地点", "日期"]) == "地点")
        #expect("作者".closest(in: ["标题", "日期"]) == nil)
        #expect("colour".closest(in: ["keywords", "groups"]) == nil)
    }
}
