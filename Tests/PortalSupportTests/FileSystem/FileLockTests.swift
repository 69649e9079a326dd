import Foundation
import Testing
@testable import PortalSupport

@Suite struct FileLockTests {
    /// A holder removes its lock file while it still holds it; one that opened the file just before holds,
    /// once it has locked it, a file that is no longer at the path, and the lock is taken on the one that is.
    @Test func aLockFileRemovedByItsHolderIsNoLock() throws {
        let folder = try temporaryTree(folders: ["site"], files: [])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/site/.public.portalgen-serve"
        let holder = try #require(try FileLock.acquire(path, timeout: 0))
        #expect(try FileLock.acquire(path, timeout: 0) == nil)
        let early = open(path, O_RDWR)
        defer { close(early) }
        #expect(Platform.isFile(early, at: path))

        holder.release(removingFile: true)
        #expect(!FileManager.default.fileExists(atPath: path))
        // The removed file can be locked, and guards nothing: it is not the file at the path.
        #expect(flock(early, LOCK_EX | LOCK_NB) == 0)
        #expect(!Platform.isFile(early, at: path))
        let next = try #require(try FileLock.acquire(path, timeout: 0))
        #expect(!Platform.isFile(early, at: path))
        #expect(try FileLock.acquire(path, timeout: 0) == nil)
        next.release()
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
