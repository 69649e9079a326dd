#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes encoding fixtures (GB18030, GBK) from Swift strings with the C library's iconv,
/// so no fixture file in a legacy encoding has to be stored.
enum IconvEncoder {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func encode(_ text: String, to encoding: String) throws -> [UInt8] {
        guard let descriptor = iconv_open(encoding, "UTF-8"),
              descriptor != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw Failure(description: "iconv cannot convert to \(encoding)")
        }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let capacity = output.count
        let outcome: (result: Int, left: Int, inputLeft: Int) = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = capacity
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, outLeft, inLeft)
            }
        }
        guard outcome.result != -1, outcome.inputLeft == 0 else {
            throw Failure(description: "iconv could not encode the text as \(encoding)")
        }
        return Array(output[0..<(capacity - outcome.left)])
    }

    /// UTF-16 with a byte-order mark, little or big endian.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }
}
