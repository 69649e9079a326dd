import Foundation
import PortalSupport

/// Decodes GB18030 (and so GBK and GB2312) with the C library's iconv (`TextConverter`), after a structural
/// scan that finds truncation and invalid bytes and measures how Chinese the text looks.
enum GB18030Decoder {
    enum Outcome {
        case decoded(String)
        /// `credible`: what decoded before the failure was plausible Chinese, so the file
        /// was probably meant to be GB18030 and this failure is the one to report.
        case invalid(offset: Int, credible: Bool)
        case truncated(offset: Int, credible: Bool)
        /// Decodes, but would be mojibake: too few of its characters are common Chinese.
        case implausible
    }

    /// Share of double-byte characters that must fall in the GB2312 punctuation and hanzi
    /// rows. Real GBK speeches are nearly all there; UTF-8 bytes read as GBK land there
    /// less than half the time, so the threshold keeps mojibake out with a wide margin.
    static let minimumCommonShare = 0.8

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        switch scan(bytes) {
        case .failure(let failure):
            return failure.outcome
        case .success(let stats):
            if stats.common + stats.uncommon > 0 && !stats.isPlausible { return .implausible }
        }
        if let converted = convertWithIconv(bytes) { return converted }
        // No iconv converter for GB18030 (minimal systems without gconv modules).
        if let text = String(bytes: bytes, encoding: String.Encoding(rawValue: 0x8000_0632)) {
            return .decoded(text)
        }
        return .invalid(offset: 0, credible: false)
    }

    private struct Stats {
        var common = 0
        var uncommon = 0

        var isPlausible: Bool {
            common > 0 && Double(common) >= minimumCommonShare * Double(common + uncommon)
        }
    }

    /// Walks the GB18030 byte structure: one byte below 0x80; lead 81–FE with a trail
    /// 40–7E or 80–FE; or lead, 30–39, 81–FE, 30–39.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Stats, ScanFailure> {
        var stats = Stats()
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead != 0x80 && lead != 0xFF else { return .failure(ScanFailure(.invalid(offset: i, credible: stats.isPlausible))) }
            guard i + 1 < count else { return .failure(ScanFailure(.truncated(offset: i, credible: stats.isPlausible))) }
            let second = bytes[i + 1]
            switch second {
            case 0x40...0x7E, 0x80...0xFE:
                let commonRow = (0xA1...0xA9).contains(lead) || (0xB0...0xF7).contains(lead)
                if commonRow && second >= 0xA1 { stats.common += 1 } else { stats.uncommon += 1 }
                i += 2
            case 0x30...0x39:
                guard i + 2 < count else { return .failure(ScanFailure(.truncated(offset: i, credible: stats.isPlausible))) }
                guard (0x81...0xFE).contains(bytes[i + 2]) else { return .failure(ScanFailure(.invalid(offset: i, credible: stats.isPlausible))) }
                guard i + 3 < count else { return .failure(ScanFailure(.truncated(offset: i, credible: stats.isPlausible))) }
                guard (0x30...0x39).contains(bytes[i + 3]) else { return .failure(ScanFailure(.invalid(offset: i, credible: stats.isPlausible))) }
                stats.uncommon += 1
                i += 4
            default:
                return .failure(ScanFailure(.invalid(offset: i, credible: stats.isPlausible)))
            }
        }
        return .success(stats)
    }

    private struct ScanFailure: Error {
        let outcome: Outcome
        init(_ outcome: Outcome) { self.outcome = outcome }
    }

    /// nil when iconv has no GB18030 converter on this system.
    private static func convertWithIconv(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome? {
        // Only reached after the whole input passed the plausibility check: a failure now is credible.
        switch TextConverter.utf8(from: bytes, encoding: "GB18030") {
        case .converted(let text): .decoded(text)
        case .invalid(let offset): .invalid(offset: offset, credible: true)
        case .truncated(let offset): .truncated(offset: offset, credible: true)
        case nil: nil
        }
    }
}
