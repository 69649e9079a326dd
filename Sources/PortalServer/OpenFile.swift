import Foundation
import PortalSupport

/// A regular file opened for one response; closed when the response is done with it.
///
/// Holding the descriptor (not the path) means a build that swaps the output folder mid-response cannot mix
/// two versions of a file: the reader keeps the bytes it opened.
struct OpenFile: Sendable {
    private let file: ReadOnlyFile
    var size: Int { file.size }
    /// The name the media type is chosen by, e.g. `index.html`.
    let name: String

    /// Opens `path` if it is a regular file; nil for anything else (a folder, a FIFO that would block, a
    /// device) or when it cannot be opened.
    init?(path: String) {
        guard let file = ReadOnlyFile(regularFileAt: path) else { return nil }
        self.file = file
        self.name = (path as NSString).lastPathComponent
    }

    /// The whole file, or nil if it cannot be read or changed size while being read.
    func readAll() -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let read = bytes.withUnsafeMutableBytes { file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[offset...]), at: offset) }
            guard let read, read > 0 else { return nil }
            offset += read
        }
        return bytes
    }

    /// Sends `head` and the bytes of `range` (the whole file when nil), in chunks of 64 KiB, the head in the
    /// first; false if the peer went away or the file shrank (the promised length is then wrong, so the
    /// caller must close the connection).
    func send(to socket: Int32, after head: [UInt8], range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<size
        let chunkSize = 64 * 1024
        var chunk = head
        chunk.reserveCapacity(head.count + chunkSize)
        var offset = range.lowerBound
        repeat {
            let wanted = min(chunkSize, range.upperBound - offset)
            let start = chunk.count
            chunk.append(contentsOf: repeatElement(0, count: wanted))
            let read = chunk.withUnsafeMutableBytes { file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...]), at: offset) }
            guard let read, read > 0 || wanted == 0 else { return false }
            chunk.removeLast(wanted - read)
            guard Sockets.sendAll(socket, chunk) else { return false }
            offset += read
            chunk.removeAll(keepingCapacity: true)
        } while offset < range.upperBound
        return true
    }
}
