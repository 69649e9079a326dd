import Foundation

/// Periods of time for discovery: consecutive spans of `years` years (decades by default) from the earliest
/// dated speech of the sample, and how the speeches are spread over them.
///
/// A term's concentration in time is the Kullback–Leibler divergence, in bits, between the periods of the
/// speeches using it and the periods of all speeches: 0 for a term used evenly through time, up to
/// log2(1 / share of its period) for a term of one period (人民公社, 科学发展观).
///
/// A term's share of its contemporaries (`contemporaryShare`) says how many of the speeches nearest in time to
/// those using it use it too: a formulation of its time is used by most speeches of that time, whatever their
/// subject; a sector's term by the few on that sector.
struct PeriodScale: Sendable {
    let first: Int
    let years: Int
    /// Speeches per period, over the whole sample.
    let speeches: [Int]
    /// Each speech's place among the dated speeches ordered by year (then by place in the sample); -1: undated.
    private let timeOrder: [Int32]

    /// No periods: undated speeches, or concentration in time turned off.
    static let none = PeriodScale(first: 0, years: 1, speeches: [], timeOrder: [])

    var count: Int { speeches.count }

    /// The scale of `years` (one per speech), or `.none` when fewer than `minDatedShare` of them are dated.
    init(years speechYears: [Int?], years: Int, minDatedShare: Double = 0.8) {
        let dated = speechYears.compactMap { $0 }
        guard years > 0, !dated.isEmpty, Double(dated.count) >= minDatedShare * Double(speechYears.count),
              let earliest = dated.min(), let latest = dated.max()
        else {
            self = .none
            return
        }
        let first = Self.floor(earliest, years)
        var speeches = [Int](repeating: 0, count: (Self.floor(latest, years) - first) / years + 1)
        for year in dated { speeches[(Self.floor(year, years) - first) / years] += 1 }
        var timeOrder = [Int32](repeating: -1, count: speechYears.count)
        let byYear = speechYears.indices.filter { speechYears[$0] != nil }.sorted { (speechYears[$0]!, $0) < (speechYears[$1]!, $1) }
        for (place, speech) in byYear.enumerated() { timeOrder[speech] = Int32(place) }
        self.init(first: first, years: years, speeches: speeches, timeOrder: timeOrder)
    }

    private init(first: Int, years: Int, speeches: [Int], timeOrder: [Int32]) {
        self.first = first
        self.years = years
        self.speeches = speeches
        self.timeOrder = timeOrder
    }

    /// The period of `year`, if the scale has one for it.
    func index(of year: Int) -> Int? {
        guard !speeches.isEmpty else { return nil }
        let index = (Self.floor(year, years) - first) / years
        return speeches.indices.contains(index) ? index : nil
    }

    /// KL(the term's speeches per period ‖ all speeches per period), in bits.
    func concentration(_ termSpeeches: ArraySlice<Int32>) -> Double {
        let total = Double(speeches.reduce(0, +))
        let used = Double(termSpeeches.reduce(0) { $0 + Int($1) })
        guard total > 0, used > 0 else { return 0 }
        var divergence = 0.0
        for (period, count) in zip(speeches.indices, termSpeeches) where count > 0 {
            let share = Double(count) / used
            divergence += share * log2(share / (Double(speeches[period]) / total))
        }
        return max(0, divergence)
    }

    /// The mean, over the dated speeches of `termSpeeches` (sample indices), of the share of the `reach`
    /// speeches before and the `reach` after it in time (fewer at either end) that use the term too. 0 without
    /// periods, or when every speech is every other's contemporary (no more than 2 · reach + 1 dated speeches):
    /// then the share is only the spread over speeches, which the score weighs already.
    func contemporaryShare(_ termSpeeches: ArraySlice<Int32>, reach: Int) -> Double {
        let dated = speeches.reduce(0, +)
        guard count > 1, reach > 0, dated > 2 * reach + 1 else { return 0 }
        let places = termSpeeches.compactMap { timeOrder[Int($0)] >= 0 ? Int(timeOrder[Int($0)]) : nil }.sorted()
        guard !places.isEmpty else { return 0 }
        var total = 0.0
        var low = 0
        var high = 0
        for place in places {
            // Uses among places[low..<high], the term's places within reach of this one.
            while places[low] < place - reach { low += 1 }
            while high < places.count && places[high] <= place + reach { high += 1 }
            let around = min(place + reach, dated - 1) - max(place - reach, 0)
            total += Double(high - low - 1) / Double(around)
        }
        return total / Double(places.count)
    }

    private static func floor(_ year: Int, _ span: Int) -> Int {
        year >= 0 ? year / span * span : -((-year + span - 1) / span * span)
    }
}
