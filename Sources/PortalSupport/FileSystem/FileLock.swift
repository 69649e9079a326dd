import Foundation

/// An exclusive lock on a file or a folder (`flock`), held until `release()` or the end of the process,
/// however it ends: a killed holder never leaves it taken, so there is no stale lock to clean up. One
/// mechanism for every "one at a time" of portalgen: a build and the folder its output is in, a live preview
/// and its folder.
///
/// A lock file is removed only by its holder, before it lets the lock go (`release(removingFile:)`): removed
/// after, it could be the file another process has just locked, and a third would then lock a new file of
/// the same name. One that opened the file before it was removed finds, once it has the lock, that the
/// file is no longer at its path, and locks the one that is (`Platform.tryLock`). A folder needs no lock
/// file.
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
    /// - Parameter removingFile: remove the lock file first, while the lock is still held.
    package func release(removingFile: Bool = false) {
        let open = lock.withLock {
            defer { descriptor = nil }
            return descriptor
        }
        guard let open else { return }
        if removingFile { Platform.removeFile(path) }
        Sockets.close(open)
    }

    deinit { release() }
}
