#if os(Linux)
import Glibc

/// Linux's inotify behind Swift names: a queue of change events for the folders it watches, read without
/// blocking. Watches report what a site's watcher needs: a file written and closed, renamed in or out,
/// created, deleted or touched, and the watched folder itself deleted or renamed away; only folders are
/// watched (`IN_ONLYDIR`).
package final class InotifyQueue {
    /// A system call that failed: its name and the system's words.
    package struct Failure: Error, Sendable {
        package var call: String
        package var reason: String
    }

    /// What an event says happened.
    package struct Change: OptionSet, Sendable {
        package let rawValue: UInt32
        package init(rawValue: UInt32) { self.rawValue = rawValue }

        package static let created = Change(rawValue: UInt32(IN_CREATE))
        package static let movedIn = Change(rawValue: UInt32(IN_MOVED_TO))
        package static let movedOut = Change(rawValue: UInt32(IN_MOVED_FROM))
        package static let deleted = Change(rawValue: UInt32(IN_DELETE))
        package static let closedAfterWriting = Change(rawValue: UInt32(IN_CLOSE_WRITE))
        package static let attributes = Change(rawValue: UInt32(IN_ATTRIB))
        /// The watched folder itself was deleted, or renamed away.
        package static let watchedDeleted = Change(rawValue: UInt32(IN_DELETE_SELF))
        package static let watchedMoved = Change(rawValue: UInt32(IN_MOVE_SELF))
        /// The event's name is a folder.
        package static let isFolder = Change(rawValue: UInt32(IN_ISDIR))
        /// The kernel dropped the watch (its folder is gone).
        package static let watchDropped = Change(rawValue: UInt32(IN_IGNORED))
        /// Events were lost: the kernel's queue overflowed.
        package static let overflow = Change(rawValue: UInt32(IN_Q_OVERFLOW))
    }

    /// One event: the watch it came from, what happened, and the name in the watched folder ("" for the
    /// folder itself).
    package struct Event: Sendable {
        package var watch: Int32
        package var change: Change
        package var name: String
    }

    /// The descriptor to wait on (readable when events are queued).
    package let descriptor: Int32

    private static let mask = Change([
        .closedAfterWriting, .movedIn, .movedOut, .created, .deleted, .attributes, .watchedDeleted, .watchedMoved,
    ]).rawValue | UInt32(IN_ONLYDIR)

    package init() throws(Failure) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(call: "inotify_init1", reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// What adding a watch gave.
    package enum Watched: Sendable, Equatable {
        case watch(Int32)
        /// The system's limit of watches (or the kernel's memory) is reached: inotify cannot do the job.
        case limitReached
        /// Anything else: the folder does not exist (any more), is not a folder, cannot be read.
        case failed
    }

    package func watch(_ folder: String) -> Watched {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        if watch >= 0 { return .watch(watch) }
        return errno == ENOSPC || errno == ENOMEM ? .limitReached : .failed
    }

    package func removeWatch(_ watch: Int32) {
        inotify_rm_watch(descriptor, watch)
    }

    /// Every event queued now, in order; none when the queue is empty.
    package func readEvents() -> [Event] {
        var events: [Event] = []
        // Room for at least one event with the longest name (`NAME_MAX`), aligned as the kernel wants it.
        var buffer = [UInt32](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return events }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                // struct inotify_event: wd, mask, cookie, len, then `len` bytes of NUL-padded name.
                while offset + 16 <= count {
                    let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    events.append(Event(watch: watch, change: Change(rawValue: mask), name: String(decoding: nameBytes, as: UTF8.self)))
                }
            }
        }
    }
}
#endif
