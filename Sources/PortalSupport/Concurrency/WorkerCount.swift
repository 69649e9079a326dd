/// How many threads the parallel stages use.
package enum WorkerCount {
    /// The number of cores to use; `PORTALGEN_THREADS=1` makes every stage sequential (for profiling).
    package static let active: Int = {
        if let text = Platform.environment("PORTALGEN_THREADS"), let value = Int(text), value > 0 { return value }
        return Swift.max(1, Platform.onlineProcessors)
    }()
}
