import Foundation

/// An exclusive lock on a file or a folder (`flock`), held until `release()` or the end of the process,
/// however it ends: a killed holder never leaves it taken, so there is no stale lock to clean up. One
/// mechanism for every "one at a time" of portalgen: a build and the folder its output is in, a live preview
/// and its folder.
///
/// A lock file, once made, stays where it is: removing it while another process waits on it would let a
/// third lock a new file of the same name, and two would hold "the" lock. A folder needs no lock file.
package final class FileLock: @unchecked Sendable {
    /// The locked file.
    package let path: String
    private let lock = NSLock()
    private var descriptor: Int32?

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes the lock, waiting up to `timeout` seconds (polling; `flock` cannot wait with a deadline) for
    /// another holder to let it go.
    /// - Returns: nil when another process still holds it after `timeout`.
    package static func acquire(_ path: String, timeout: Double) throws(FileSystem.Failure) -> FileLock? {
        let deadline = Date(timeIntervalSinceNow: max(0, timeout))
        while true {
            do throws(Platform.SystemError) {
                return FileLock(path: path, descriptor: try Platform.tryLock(path))
            } catch let error where error.isWouldBlock {
                if Date() >= deadline { return nil }
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                throw FileSystem.Failure(path: path, operation: .lock, code: error.number)
            }
        }
    }

    /// Lets the lock go (closing its descriptor); calling it again does nothing.
    package func release() {
        let open = lock.withLock {
            defer { descriptor = nil }
            return descriptor
        }
        if let open { Platform.closeDescriptor(open) }
    }

    deinit { release() }
}
