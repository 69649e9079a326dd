/// Why a speech file was refused, and where: the byte offset (0-based, counted from the
/// first byte of the file, byte-order mark included) and the line (1-based) of the failure.
///
/// `message` does not name the file: the caller knows it and writes `FILE: message`.
public struct SpeechTextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Reason: String, Sendable, Equatable {
        /// A NUL byte or another control character that plain text does not contain.
        case binaryData
        /// Bytes that are not a valid character in the encoding being read.
        case invalidSequence
        /// The file ends in the middle of a multi-byte character.
        case truncated
    }

    /// Extra knowledge about the bytes that makes the hint more precise.
    public enum Clue: Sendable, Equatable {
        case none
        /// NUL bytes on every other position: UTF-16 saved without a byte-order mark.
        case utf16WithoutBOM
        /// A UTF-32 byte-order mark.
        case utf32
        /// Well-formed UTF-8 up to here, then something else.
        case mixedOrDamaged
        /// Neither UTF-8 nor plausible Chinese in GB18030.
        case unknownEncoding
    }

    /// Byte offset (0-based) of the first byte that could not be decoded.
    public let byteOffset: Int
    /// The kind of failure.
    public let reason: Reason
    /// The encoding that was being decoded when it failed, if one had been chosen.
    public let encoding: SourceEncoding?
    /// Line (1-based) that contains `byteOffset`.
    public let line: Int
    /// The control character or invalid code unit found, for `binaryData`.
    public let codePoint: UInt32?
    /// What else the bytes say, for the hint.
    public let clue: Clue

    init(byteOffset: Int, reason: Reason, encoding: SourceEncoding?, line: Int,
         codePoint: UInt32? = nil, clue: Clue = .none) {
        self.byteOffset = byteOffset
        self.reason = reason
        self.encoding = encoding
        self.line = line
        self.codePoint = codePoint
        self.clue = clue
    }

    /// One sentence saying what is wrong and where, e.g.
    /// `invalid UTF-8 byte sequence at byte 1234 (line 5)`.
    public var message: String {
        let place = "at byte \(byteOffset) (line \(line))"
        let name = encoding?.displayName ?? "text"
        switch reason {
        case .binaryData:
            let what = codePoint.map { "control character " + Self.uPlus($0) } ?? "control character"
            return "not a plain-text file: \(what) \(place)"
        case .invalidSequence:
            if clue == .unknownEncoding {
                return "neither UTF-8 nor GB18030/GBK text: undecodable bytes \(place)"
            }
            return "invalid \(name) byte sequence \(place)"
        case .truncated:
            return "the file ends inside a multi-byte \(name) character \(place): it looks truncated"
        }
    }

    /// What the editor can do about it.
    public var hint: String {
        switch clue {
        case .utf16WithoutBOM:
            return "the file looks like UTF-16 saved without a byte-order mark; save it again as UTF-8"
        case .utf32:
            return "the file looks like UTF-32, which is not supported; save it again as UTF-8"
        case .mixedOrDamaged:
            return "the file is UTF-8 up to this point; it may be damaged or mix two encodings. "
                + "Open it in an editor, fix the text around this place and save it as UTF-8"
        case .unknownEncoding:
            return "save the file as UTF-8 (or GBK/GB18030, UTF-16 with BOM) plain text and try again"
        case .none:
            break
        }
        switch reason {
        case .binaryData:
            return "is this really a plain-text speech? Save it as plain text (UTF-8), not as a Word or other document"
        case .invalidSequence:
            return "the file is damaged or in another encoding; save it again as UTF-8 plain text"
        case .truncated:
            return "the file was cut off (incomplete copy or download?); get the complete file again"
        }
    }

    /// `message` followed by `hint`.
    public var description: String { "\(message) (\(hint))" }

    private static func uPlus(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
