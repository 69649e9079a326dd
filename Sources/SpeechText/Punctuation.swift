import PortalSupport

/// Character classes the structure rules rely on. Speech texts mix full-width Chinese
/// punctuation with ASCII punctuation typed by mistake, so both forms count.
enum Punctuation {
    /// Ends a sentence: 。！？ and their ASCII forms (the terminators the whole project shares).
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        SentencePunctuation.endsSentence(s)
    }

    /// Breaks a sentence into clauses; a lead sentence with one is too long to be bold.
    static func breaksClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":": true
        default: false
        }
    }

    /// May directly precede a numbering marker inside a paragraph (…工作。一是…, 三点：一是…).
    static func precedesInlineMarker(_ s: Unicode.Scalar) -> Bool {
        endsSentence(s) || s == "；" || s == ";" || s == "：" || s == ":"
    }

    /// Opens a quotation or parenthesis; sentence ends inside one do not end the outer sentence.
    static func opensQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "“", "‘", "「", "『", "《", "〈", "（", "(", "【", "〔", "[": true
        default: false
        }
    }

    /// Closes what `opensQuote` opened.
    static func closesQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "”", "’", "」", "』", "》", "〉", "）", ")", "】", "〕", "]": true
        default: false
        }
    }

    /// Blank at a line end: ASCII space and tab, U+3000, U+00A0 and every other
    /// Unicode White_Space character; these are trimmed, never kept at line ends.
    static func isLineSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || s == "\t" || s == "\u{0B}" || s == "\u{0C}" }
        return s.properties.isWhitespace
    }

    static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// ASCII or full-width digit value.
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }
}
