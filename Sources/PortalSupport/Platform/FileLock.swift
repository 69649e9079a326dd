#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a file (`flock`), held until `release()` or the end of the process: the system drops
/// it with the descriptor, so a killed process never leaves a folder locked.
package final class FileLock: Sendable {
    /// Why a lock was not taken.
    package enum Failure: Error, Sendable, Equatable {
        /// The lock file cannot be created or opened; the system's words.
        case cannotOpen(String)
        /// Another process holds the lock.
        case held
    }

    private let descriptor: Int32
    /// The lock file.
    package let path: String

    /// Opens (or creates) `path` and takes its lock without waiting.
    package init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .held
        }
        self.descriptor = descriptor
        self.path = path
    }

    /// Removes the lock file and lets the lock go.
    package func release() {
        unlink(path)
        close(descriptor)
    }
}
