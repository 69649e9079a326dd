import Dispatch

extension Collection where Self: Sendable, Index == Int, Element: Sendable {
    /// `map` on every core (or `threads` of them), with results in input order, so output never depends on
    /// thread scheduling.
    package func parallelMap<T: Sendable>(threads: Int = WorkerCount.active, _ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        guard count > 1, threads > 1 else { return map(transform) }
        let base = startIndex
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let results = UncheckedBuffer(buffer: buffer)
            // Chunks keep scheduling overhead low for thousands of small items while still balancing load.
            let chunks = Swift.min(count, threads * 8)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * count / chunks
                let upper = (chunk + 1) * count / chunks
                for index in lower..<upper {
                    (results.buffer.baseAddress! + index).initialize(to: transform(self[base + index]))
                }
            }
            initialized = count
        }
    }
}

/// A buffer written from several threads at disjoint indices.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
}

/// Work split into contiguous runs, for jobs that go faster over a run than item by item.
package enum IndexRanges {
    /// `0..<count` in `parts` contiguous ranges of nearly equal size.
    package static func split(count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { ($0 * count / parts)..<(($0 + 1) * count / parts) }
    }
}
