import Foundation
import PortalSupport

/// The open connections, and what each is doing: waiting for a request (or for the rest of its head), or
/// answering one.
///
/// When every place is taken, a new connection takes the place of the one that has waited longest for its
/// request head: its reading side is shut down (its thread wakes and ends; one that has just read a whole
/// request still answers it, then closes), so clients that connect and then
/// send slowly or nothing at all hold places only until someone else needs them. A waiting connection with
/// bytes in its socket that its thread has not read yet is passed over: a browser sends its request at once,
/// and on a busy machine it may wait there a moment for its thread. Connections answering a request (a file
/// being sent, a live-reload event stream) are never pushed out. When no place can be made, the new client
/// waits a moment for one, and is told 503 only if none comes.
final class ConnectionTable: @unchecked Sendable {
    private enum Phase {
        case waiting(since: UInt64)
        case answering
    }

    private struct Entry {
        var phase: Phase = .waiting(since: DispatchTime.now().uptimeNanoseconds)
        /// Shut down to make room; its thread is on its way out and no longer takes a place.
        var evicted = false
    }

    private let condition = NSCondition()
    private var entries: [Int32: Entry] = [:]
    private var stopping = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Whether a new connection is served: true when a place is free or one was made free, within `patience`
    /// seconds.
    func admit(_ descriptor: Int32, patience: TimeInterval = 0.2) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: patience)
        while !stopping {
            if entries.values.count(where: { !$0.evicted }) < capacity || evictLongestWaiting() {
                entries[descriptor] = Entry()
                return true
            }
            let someWaiting = entries.values.contains { entry in
                if case .waiting = entry.phase { !entry.evicted } else { false }
            }
            guard someWaiting, condition.wait(until: deadline) else { return false }
        }
        return false
    }

    /// Shuts down the connection that has waited longest for a request head and has nothing unread in its
    /// socket; false when there is none.
    private func evictLongestWaiting() -> Bool {
        var waiting: [(descriptor: Int32, since: UInt64)] = []
        for (descriptor, entry) in entries where !entry.evicted {
            if case .waiting(let since) = entry.phase { waiting.append((descriptor, since)) }
        }
        waiting.sort { $0.since < $1.since }
        guard let oldest = waiting.first(where: { !Sockets.hasUnreadBytes($0.descriptor) }) else { return false }
        entries[oldest.descriptor]?.evicted = true
        Sockets.shutdown(oldest.descriptor, .reading)
        return true
    }

    /// The connection waits for a request head.
    func waiting(_ descriptor: Int32) {
        update(descriptor, .waiting(since: DispatchTime.now().uptimeNanoseconds))
    }

    /// The connection has a whole request head and answers it; false when it was pushed out meanwhile (it
    /// answers this request, then closes).
    func answering(_ descriptor: Int32) -> Bool {
        update(descriptor, .answering)
    }

    @discardableResult
    private func update(_ descriptor: Int32, _ phase: Phase) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        entries[descriptor]?.phase = phase
        condition.broadcast()
        return entries[descriptor]?.evicted == false
    }

    /// The connection's thread is done with it (called before the descriptor is closed).
    func remove(_ descriptor: Int32) {
        condition.lock()
        defer { condition.unlock() }
        entries.removeValue(forKey: descriptor)
        condition.broadcast()
    }

    /// Admits no more connections and shuts every open one down.
    func shutDownAll() {
        condition.lock()
        defer { condition.unlock() }
        stopping = true
        for descriptor in entries.keys { Sockets.shutdown(descriptor, .both) }
        condition.broadcast()
    }

    /// Connections that take a place (for tests).
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return entries.values.count { !$0.evicted }
    }
}
