import Dispatch

/// Runs independent jobs on several threads with results in job order, so output never depends on scheduling.
enum SearchParallel {
    /// `transform(0..<count)` on up to `threads` threads.
    static func map<T: Sendable>(count: Int, threads: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1, threads > 1 else { return (0..<count).map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = SearchSlots(buffer: buffer)
            // Several chunks per thread balance uneven jobs without paying dispatch overhead per job.
            let chunks = min(count, threads * 4)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                    (slots.buffer.baseAddress! + index).initialize(to: transform(index))
                }
            }
            initialized = count
        }
    }

    /// Splits `0..<count` into `parts` contiguous ranges of nearly equal size.
    static func ranges(count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { ($0 * count / parts)..<(($0 + 1) * count / parts) }
    }
}

/// A result buffer that several threads write at disjoint indices (each index exactly once), which is why
/// sharing it without a lock is safe.
private struct SearchSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
}
