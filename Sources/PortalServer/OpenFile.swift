import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file opened for one response; closed when the response is done with it.
///
/// Holding the descriptor (not the path) means a build that swaps the output folder mid-response cannot mix
/// two versions of a file: the reader keeps the bytes it opened.
final class OpenFile: Sendable {
    let descriptor: Int32
    let size: Int
    /// The name the media type is chosen by, e.g. `index.html`.
    let name: String

    /// Opens `path` if it is a regular file; nil for anything else (a folder, a FIFO that would block, a
    /// device) or when it cannot be opened.
    init?(path: String) {
        // O_NONBLOCK so that opening a FIFO cannot hang the connection; it is refused just below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.size = Int(info.st_size)
        self.name = (path as NSString).lastPathComponent
    }

    deinit {
        close(descriptor)
    }

    /// The whole file, or nil if it cannot be read or changed size while being read.
    func readAll() -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + offset, size - offset, off_t(offset)) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return nil }
            offset += read
        }
        return bytes
    }

    /// Sends `head` and the file, in chunks of 64 KiB, the head in the first; false if the peer went away or
    /// the file shrank (the promised length is then wrong, so the caller must close the connection).
    func send(to socket: Int32, after head: [UInt8]) -> Bool {
        let chunkSize = 64 * 1024
        var chunk = head
        chunk.reserveCapacity(head.count + chunkSize)
        var offset = 0
        repeat {
            let wanted = min(chunkSize, size - offset)
            let start = chunk.count
            chunk.append(contentsOf: repeatElement(0, count: wanted))
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + start, wanted, off_t(offset)) }
            if read < 0, errno == EINTR {
                chunk.removeLast(wanted)
                continue
            }
            guard read >= 0, read > 0 || wanted == 0 else { return false }
            chunk.removeLast(wanted - read)
            guard SocketCalls.sendAll(socket, chunk) else { return false }
            offset += read
            chunk.removeAll(keepingCapacity: true)
        } while offset < size
        return true
    }
}
