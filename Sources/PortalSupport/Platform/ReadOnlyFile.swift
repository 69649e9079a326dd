#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file opened for reading, closed when the last reference goes. Holding the descriptor (not the
/// path) means a rename of the file or its folder after opening changes nothing for the reader.
package final class ReadOnlyFile: Sendable {
    private let descriptor: Int32
    /// The size when opened.
    package let size: Int

    /// Opens `path` if it is a regular file and not a symbolic link; nil for anything else (a folder, a FIFO,
    /// a device) or when it cannot be opened. Opening never blocks: a FIFO is opened non-blocking, then
    /// refused.
    package init?(regularFileAt path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `buffer.count` bytes starting at `offset`: the count (0 at the end), or nil on an error.
    package func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if count < 0, errno == EINTR { continue }
            return count < 0 ? nil : count
        }
    }
}
