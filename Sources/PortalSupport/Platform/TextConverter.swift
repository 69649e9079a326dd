#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The C library's character-set conversion (iconv), for encodings the standard library cannot decode
/// (GB18030, GBK, GB2312).
package enum TextConverter {
    /// What a conversion to UTF-8 gave.
    package enum Conversion: Sendable, Equatable {
        case converted(String)
        /// The input byte at `offset` starts no character of the encoding.
        case invalid(offset: Int)
        /// The input ends inside a character that starts at `offset`.
        case truncated(offset: Int)
    }

    /// `bytes` in `encoding` (an iconv name, e.g. `GB18030`) as text; nil when this system has no converter
    /// for it (minimal systems without gconv modules, or systems without iconv).
    package static func utf8(from bytes: UnsafeBufferPointer<UInt8>, encoding: String) -> Conversion? {
        #if canImport(Glibc) || canImport(Musl)
        guard let descriptor = iconv_open("UTF-8", encoding),
              descriptor != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .converted("") }
        // No encoding iconv is asked for here needs more than two UTF-8 bytes per input byte.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let outputCapacity = output.count
        return output.withUnsafeMutableBufferPointer { out -> Conversion in
            guard let outBase = out.baseAddress else { return .invalid(offset: 0) }
            var inPointer: UnsafeMutablePointer<CChar>? =
                UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var inLeft = bytes.count
            var outPointer: UnsafeMutablePointer<CChar>? =
                UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
            var outLeft = outputCapacity
            while inLeft > 0 {
                if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { continue }
                let offset = bytes.count - inLeft
                return errno == EINVAL ? .truncated(offset: offset) : .invalid(offset: offset)
            }
            let written = outputCapacity - outLeft
            return .converted(String(decoding: UnsafeBufferPointer(rebasing: out[0..<written]), as: UTF8.self))
        }
        #else
        return nil
        #endif
    }
}
