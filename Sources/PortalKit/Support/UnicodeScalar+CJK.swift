extension Unicode.Scalar {
    /// Han ideographs, CJK punctuation, kana and full-width forms: characters between which a line break in
    /// the source must not become a space on the page.
    var isCJK: Bool {
        switch value {
        case 0x2E80...0x2FDF,  // radicals
            0x3000...0x303F,  // CJK symbols and punctuation
            0x3040...0x30FF,  // kana
            0x3400...0x4DBF,  // extension A
            0x4E00...0x9FFF,  // unified ideographs
            0xF900...0xFAFF,  // compatibility ideographs
            0xFE30...0xFE4F,  // compatibility forms
            0xFF00...0xFFEF,  // full-width forms
            0x20000...0x3134F:  // extensions B–G
            return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026:  // ‘ ’ “ ” — … as Chinese text uses them
            return true
        default:
            return false
        }
    }
}
