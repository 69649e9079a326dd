/// Decodes UTF-16 after its byte-order mark, refusing unpaired surrogates, control
/// characters and an odd trailing byte with their byte offsets.
enum UTF16Decoder {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool)
        -> Result<DecodedText, SpeechTextDecodingError> {
        let encoding: SourceEncoding = bigEndian ? .utf16BE : .utf16LE
        let unitCount = (bytes.count - 2) / 2
        var units: [UInt16] = []
        units.reserveCapacity(unitCount)
        var line = 1
        func failure(_ offset: Int, _ reason: SpeechTextDecodingError.Reason,
                     codePoint: UInt32? = nil, clue: SpeechTextDecodingError.Clue = .none)
            -> Result<DecodedText, SpeechTextDecodingError> {
            .failure(SpeechTextDecodingError(byteOffset: offset, reason: reason, encoding: encoding,
                                             line: line, codePoint: codePoint, clue: clue))
        }
        var pendingHigh: Int? = nil
        for index in 0..<unitCount {
            let offset = 2 + index * 2
            let first = UInt16(bytes[offset]), second = UInt16(bytes[offset + 1])
            let unit = bigEndian ? (first << 8 | second) : (second << 8 | first)
            if let high = pendingHigh {
                guard (0xDC00...0xDFFF).contains(unit) else { return failure(high, .invalidSequence) }
                pendingHigh = nil
            } else if (0xD800...0xDBFF).contains(unit) {
                pendingHigh = offset
            } else if (0xDC00...0xDFFF).contains(unit) {
                return failure(offset, .invalidSequence)
            } else if ControlCharacters.isForbidden(UInt32(unit)) {
                // FF FE 00 00 is the UTF-32 byte-order mark, not UTF-16 text starting with NUL.
                let clue: SpeechTextDecodingError.Clue = (index == 0 && unit == 0 && !bigEndian) ? .utf32 : .none
                return failure(offset, .binaryData, codePoint: UInt32(unit), clue: clue)
            }
            if unit == 0x0A { line += 1 }
            units.append(unit)
        }
        if let high = pendingHigh { return failure(high, .truncated) }
        if bytes.count % 2 == 1 { return failure(bytes.count - 1, .truncated) }
        return .success(DecodedText(text: String(decoding: units, as: UTF16.self), encoding: encoding))
    }
}
