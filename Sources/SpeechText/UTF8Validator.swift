/// Checks bytes against the UTF-8 well-formedness table (Unicode 15, table 3-7) and
/// reports exactly where and how it fails, which `String(validating:)` does not.
enum UTF8Validator {
    enum Outcome: Equatable {
        case valid
        /// `validMultiByteBefore` counts the well-formed multi-byte characters seen
        /// before the failure: the evidence that the file was meant to be UTF-8.
        case invalid(offset: Int, validMultiByteBefore: Int)
        case truncated(offset: Int, validMultiByteBefore: Int)
        /// A C1 control character (U+0080–U+009F): mojibake or binary, never speech text.
        case control(offset: Int, codePoint: UInt32)
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
        let count = bytes.count
        var i = start
        var multiByte = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return .invalid(offset: i, validMultiByteBefore: multiByte)
            }
            for k in 1..<length {
                guard i + k < count else {
                    return .truncated(offset: i, validMultiByteBefore: multiByte)
                }
                let byte = bytes[i + k]
                let allowed = k == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(byte) else {
                    return .invalid(offset: i, validMultiByteBefore: multiByte)
                }
            }
            if lead == 0xC2 && bytes[i + 1] < 0xA0 {
                return .control(offset: i, codePoint: UInt32(bytes[i + 1]))
            }
            multiByte += 1
            i += length
        }
        return .valid
    }

    /// Offset of the first run of `minimum` consecutive well-formed three-byte UTF-8
    /// characters (CJK in UTF-8), if any. In GB18030 text such runs are vanishingly
    /// rare, so one means UTF-8 text pasted into a GBK file.
    static func firstThreeByteRun(_ bytes: UnsafeBufferPointer<UInt8>, minimum: Int) -> Int? {
        let count = bytes.count
        var i = 0
        var runStart = 0
        var run = 0
        while i + 2 < count {
            let lead = bytes[i]
            if (0xE1...0xEC).contains(lead) || (0xEE...0xEF).contains(lead),
               (0x80...0xBF).contains(bytes[i + 1]), (0x80...0xBF).contains(bytes[i + 2]) {
                if run == 0 { runStart = i }
                run += 1
                if run >= minimum { return runStart }
                i += 3
            } else {
                run = 0
                i += 1
            }
        }
        return nil
    }
}
