/// Decodes bytes of a speech file: UTF-8 (with/without BOM), UTF-16 LE/BE with BOM, GB18030/GBK.
///
/// Order of detection, chosen so that a file is never turned into mojibake:
/// 1. A byte-order mark decides: EF BB BF is UTF-8, FF FE is UTF-16LE, FE FF is UTF-16BE
///    (UTF-32 marks are refused).
/// 2. Otherwise any NUL or control byte other than tab, line feed, vertical tab, form feed
///    and carriage return refuses the file as binary at that byte.
/// 3. Well-formed UTF-8 is UTF-8. (GBK text is almost never well-formed UTF-8; the reverse
///    is common, so UTF-8 must be tried first.)
/// 4. When UTF-8 fails after at least four well-formed multi-byte characters, the file is
///    taken to be damaged or mixed UTF-8 and refused at the UTF-8 failure.
/// 5. Otherwise GB18030 is tried; it is accepted only when it decodes completely, at least
///    80% of its double-byte characters are in the common GB2312 rows, and it contains no run
///    of six UTF-8-encoded CJK characters (UTF-8 text pasted into a GBK file).
/// 6. When both fail, the GB18030 failure is reported if what decoded before it was
///    plausible Chinese and it came later in the file than the UTF-8 failure (or the file had
///    no well-formed UTF-8 multi-byte character at all); otherwise the UTF-8 failure: as a
///    truncation if the file ends inside a UTF-8 character, else as "neither UTF-8 nor GB18030".
public enum SpeechTextDecoder {
    /// Fewer well-formed UTF-8 characters than this before a UTF-8 error could be chance in GBK.
    static let utf8EvidenceThreshold = 4
    /// Consecutive UTF-8 CJK characters that cannot be chance inside GB18030 text.
    static let mixedRunLength = 6

    /// Decodes `bytes`, or throws a refusal naming the byte offset and line of the failure.
    public static func decode(_ bytes: [UInt8]) throws(SpeechTextDecodingError) -> DecodedText {
        let result = bytes.withUnsafeBufferPointer { decode(buffer: $0) }
        return try result.get()
    }

    private static func decode(buffer bytes: UnsafeBufferPointer<UInt8>)
        -> Result<DecodedText, SpeechTextDecodingError> {
        let count = bytes.count
        if count >= 4, bytes[0] == 0x00, bytes[1] == 0x00, bytes[2] == 0xFE, bytes[3] == 0xFF {
            return .failure(SpeechTextDecodingError(byteOffset: 0, reason: .binaryData, encoding: nil,
                                                    line: 1, codePoint: 0, clue: .utf32))
        }
        if count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return UTF16Decoder.decode(bytes, bigEndian: false)
        }
        if count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return UTF16Decoder.decode(bytes, bigEndian: true)
        }
        let hasBOM = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasBOM ? 3 : 0
        // Almost every file is well-formed UTF-8 without control characters: one pass of the standard
        // library's validation and a word-at-a-time scan tell so; anything else takes the exact path below.
        if let text = cleanUTF8(bytes, from: start) {
            return .success(DecodedText(text: text, encoding: hasBOM ? .utf8WithBOM : .utf8))
        }
        if let offset = ControlCharacters.firstForbiddenByte(bytes, from: start) {
            let clue: SpeechTextDecodingError.Clue = looksLikeUTF16WithoutBOM(bytes) ? .utf16WithoutBOM : .none
            return .failure(error(bytes, offset, .binaryData, hasBOM ? .utf8WithBOM : nil,
                                  codePoint: UInt32(bytes[offset]), clue: clue))
        }
        let utf8Outcome = UTF8Validator.validate(bytes, from: start)
        let encoding: SourceEncoding = hasBOM ? .utf8WithBOM : .utf8
        let evidence: Int
        switch utf8Outcome {
        case .valid:
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            return .success(DecodedText(text: String(decoding: body, as: UTF8.self), encoding: encoding))
        case .control(let offset, let codePoint):
            return .failure(error(bytes, offset, .binaryData, encoding, codePoint: codePoint))
        case .invalid(_, let before), .truncated(_, let before):
            evidence = before
        }
        let utf8Failure = utf8Error(bytes, utf8Outcome, encoding)
        if hasBOM || evidence >= utf8EvidenceThreshold { return .failure(utf8Failure) }

        switch GB18030Decoder.decode(bytes) {
        case .decoded(let text):
            if let runStart = UTF8Validator.firstThreeByteRun(bytes, minimum: mixedRunLength) {
                return .failure(error(bytes, runStart, .invalidSequence, .gb18030, clue: .mixedOrDamaged))
            }
            let withoutBOM = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
            return .success(DecodedText(text: withoutBOM, encoding: .gb18030))
        case .implausible:
            return .failure(neither(bytes, utf8Failure))
        case .invalid(let offset, let credible):
            guard credible, evidence == 0 || offset > utf8Failure.byteOffset else { return .failure(neither(bytes, utf8Failure)) }
            return .failure(error(bytes, offset, .invalidSequence, .gb18030))
        case .truncated(let offset, let credible):
            guard credible, evidence == 0 || offset > utf8Failure.byteOffset else { return .failure(neither(bytes, utf8Failure)) }
            return .failure(error(bytes, offset, .truncated, .gb18030))
        }
    }

    /// The text of `bytes[start...]` when it is well-formed UTF-8 with no forbidden control character (C0 or
    /// DEL, see `ControlCharacters`, nor C1, which UTF-8 writes as C2 80–C2 9F); nil when in doubt.
    private static func cleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        guard !ControlCharacters.mayContainForbidden(body),
              let text = String(validating: body, as: UTF8.self) else { return nil }
        return text
    }

    /// Neither encoding fits: a UTF-8 truncation stays a truncation (a cut-off UTF-8 file
    /// too short to prove itself), anything else is reported as an unknown encoding.
    private static func neither(_ bytes: UnsafeBufferPointer<UInt8>,
                                _ utf8Failure: SpeechTextDecodingError) -> SpeechTextDecodingError {
        if utf8Failure.reason == .truncated { return utf8Failure }
        return error(bytes, utf8Failure.byteOffset, .invalidSequence, nil, clue: .unknownEncoding)
    }

    private static func utf8Error(_ bytes: UnsafeBufferPointer<UInt8>, _ outcome: UTF8Validator.Outcome,
                                  _ encoding: SourceEncoding) -> SpeechTextDecodingError {
        switch outcome {
        case .truncated(let offset, _):
            return error(bytes, offset, .truncated, encoding)
        case .invalid(let offset, let before):
            return error(bytes, offset, .invalidSequence, encoding,
                         clue: before >= utf8EvidenceThreshold ? .mixedOrDamaged : .none)
        case .control(let offset, let codePoint):
            return error(bytes, offset, .binaryData, encoding, codePoint: codePoint)
        case .valid:
            return error(bytes, 0, .invalidSequence, encoding)
        }
    }

    private static func error(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int,
                              _ reason: SpeechTextDecodingError.Reason, _ encoding: SourceEncoding?,
                              codePoint: UInt32? = nil,
                              clue: SpeechTextDecodingError.Clue = .none) -> SpeechTextDecodingError {
        // In every byte-oriented encoding read here, 0x0A is only ever a line feed.
        var line = 1
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1 }
        return SpeechTextDecodingError(byteOffset: offset, reason: reason, encoding: encoding,
                                       line: line, codePoint: codePoint, clue: clue)
    }

    /// UTF-16 text without a byte-order mark has its NUL bytes (from ASCII, line ends
    /// included) all on even or all on odd offsets; binary data has them everywhere.
    private static func looksLikeUTF16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var evenNUL = 0, oddNUL = 0
        for i in 0..<min(bytes.count, 4096) where bytes[i] == 0 {
            if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        return (evenNUL >= 2 && oddNUL == 0) || (oddNUL >= 2 && evenNUL == 0)
    }
}
