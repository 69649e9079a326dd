import Foundation

extension CJKNGramStatistics {
    /// A boundary particle before a string (和, 把, 是 …) is a free left boundary only when it does not form a
    /// word with the string's first character: where that character follows the particle in at least
    /// `Options.containerShare` of its uses (和|谐, 把|握: it is part of the longer 和谐, 把握, as a term is part
    /// of a longer one holding that share of its uses), the particle is a fixed neighbour like any other
    /// character. Otherwise 谐劳动关系 and 握工会工作 look free on the left, and 和谐劳动关系 is then rejected
    /// as 和 + a term. Read by `leftNeighbour(at:symbols:)` through `bindsToNext(_:_:)`.
    ///
    /// The same holds on the right for the boundary particles that also end words: one after a string is no
    /// free boundary where the string's last character precedes it in at least `containerShare` of its uses
    /// (参|与, 普|及, 于|是): 源头参 is a fragment of 源头参与. A pure particle (的, 了: `particles`) attaches to
    /// any word, so it ends one even after a rare character (百家争鸣|的). Read by
    /// `rightNeighbour(at:symbols:)` through `bindsToPrevious(_:_:)`.
    mutating func bindParticlesToWords() {
        let symbols = sample.symbols
        let symbolCount = sample.scalars.count
        // The particles that occur, numbered densely: pair counts fit a flat array.
        particleIndex = [Int32](repeating: -1, count: symbolCount)
        var particleCount: Int32 = 0
        for symbol in 0..<symbolCount where boundaryParticle[symbol] {
            particleIndex[symbol] = particleCount
            particleCount += 1
        }
        guard particleCount > 0, symbols.count > 2 else { return }
        var uses = [Int32](repeating: 0, count: symbolCount)
        var afterParticle = [Int32](repeating: 0, count: Int(particleCount) * symbolCount)
        var beforeParticle = afterParticle
        for position in 1..<symbols.count where symbols[position] >= 0 {
            let symbol = Int(symbols[position])
            uses[symbol] &+= 1
            let previous = symbols[position - 1]
            guard previous >= 0 else { continue }
            if particleIndex[Int(previous)] >= 0 {
                afterParticle[Int(particleIndex[Int(previous)]) * symbolCount + symbol] &+= 1
            }
            if particleIndex[symbol] >= 0, !particle[symbol] {
                beforeParticle[Int(particleIndex[symbol]) * symbolCount + Int(previous)] &+= 1
            }
        }
        // Only pairs that occur are asked about, so a pair never seen needs no test of its own.
        func binds(_ pairs: [Int32]) -> [Bool] {
            pairs.indices.map { Double(pairs[$0]) >= options.containerShare * Double(uses[$0 % symbolCount]) }
        }
        particleBindsNext = binds(afterParticle)
        particleBindsPrevious = binds(beforeParticle)
    }

    /// Whether the boundary particle `particle` forms a word with the character `next` after it (see
    /// `bindParticlesToWords`).
    @inline(__always)
    func bindsToNext(_ particle: Int32, _ next: Int32) -> Bool {
        let index = particleIndex[Int(particle)]
        return index >= 0 && next >= 0 && particleBindsNext[Int(index) * sample.scalars.count + Int(next)]
    }

    /// Whether the boundary particle `particle` forms a word with the character `previous` before it.
    @inline(__always)
    func bindsToPrevious(_ previous: Int32, _ particle: Int32) -> Bool {
        let index = particleIndex[Int(particle)]
        return index >= 0 && previous >= 0 && particleBindsPrevious[Int(index) * sample.scalars.count + Int(previous)]
    }
}
