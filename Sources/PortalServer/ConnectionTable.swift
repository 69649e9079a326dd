import Foundation
import PortalSupport

/// The open connections, and what each is doing: waiting for (or reading) a request head, or answering one.
///
/// When every place is taken, a new connection takes the place of the one that has waited longest for its
/// request head: that connection is shut down (its thread wakes and ends), so clients that connect and then
/// send slowly or nothing at all can hold places only until someone else needs them. Connections answering a
/// request (a file being sent, a live-reload event stream) are never pushed out; when every place is busy
/// like that, the new client is told 503.
final class ConnectionTable: @unchecked Sendable {
    private struct Entry {
        /// When the connection began waiting for its current request head; nil while it answers one.
        var waitingSince: UInt64?
        /// Shut down to make room; its thread is on its way out and no longer takes a place.
        var evicted = false
    }

    private let lock = NSLock()
    private var entries: [Int32: Entry] = [:]
    private var stopping = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Whether a new connection is served: true when a place is free or one was made free.
    func admit(_ descriptor: Int32) -> Bool {
        lock.withLock {
            guard !stopping else { return false }
            let taken = entries.values.count { !$0.evicted }
            if taken >= capacity {
                let oldest = entries.filter { !$0.value.evicted && $0.value.waitingSince != nil }
                    .min { $0.value.waitingSince! < $1.value.waitingSince! }
                guard let oldest else { return false }
                entries[oldest.key]?.evicted = true
                Sockets.shutdown(oldest.key, .both)
            }
            entries[descriptor] = Entry(waitingSince: DispatchTime.now().uptimeNanoseconds)
            return true
        }
    }

    /// The connection waits for a request head.
    func waiting(_ descriptor: Int32) {
        lock.withLock { entries[descriptor]?.waitingSince = DispatchTime.now().uptimeNanoseconds }
    }

    /// The connection has a whole request head and answers it; false when it was pushed out meanwhile.
    func answering(_ descriptor: Int32) -> Bool {
        lock.withLock {
            entries[descriptor]?.waitingSince = nil
            return entries[descriptor]?.evicted == false
        }
    }

    /// The connection's thread is done with it (called before the descriptor is closed).
    func remove(_ descriptor: Int32) {
        lock.withLock { _ = entries.removeValue(forKey: descriptor) }
    }

    /// Admits no more connections and shuts every open one down.
    func shutDownAll() {
        lock.withLock {
            stopping = true
            for descriptor in entries.keys { Sockets.shutdown(descriptor, .both) }
        }
    }

    /// Connections that take a place (for tests).
    var count: Int { lock.withLock { entries.values.count { !$0.evicted } } }
}
