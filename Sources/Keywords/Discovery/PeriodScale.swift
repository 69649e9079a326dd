import Foundation

/// Periods of time for discovery: consecutive spans of `years` years (decades by default) from the earliest
/// dated speech of the sample, and how the speeches are spread over them.
///
/// A term's concentration in time is the Kullback–Leibler divergence, in bits, between the periods of the
/// speeches using it and the periods of all speeches: 0 for a term used evenly through time, up to
/// log2(1 / share of its period) for a term of one period (人民公社, 科学发展观).
struct PeriodScale: Sendable {
    let first: Int
    let years: Int
    /// Speeches per period, over the whole sample.
    let speeches: [Int]

    /// No periods: undated speeches, or concentration in time turned off.
    static let none = PeriodScale(first: 0, years: 1, speeches: [])

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
        self.init(first: first, years: years, speeches: speeches)
    }

    private init(first: Int, years: Int, speeches: [Int]) {
        self.first = first
        self.years = years
        self.speeches = speeches
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

    private static func floor(_ year: Int, _ span: Int) -> Int {
        year >= 0 ? year / span * span : -((-year + span - 1) / span * span)
    }
}
