import Foundation
import PortalSupport
import Testing
@testable import PortalKit

/// Every message has a stable key and words in both catalogues, English and Chinese, and names exactly the
/// values its words use.
@Suite struct MessageCatalogueTests {
    /// A message with every message inside it, in lists too.
    static func flattened(_ message: Message) -> [Message] {
        [message] + message.arguments.values.flatMap(flattened)
    }

    private static func flattened(_ argument: Message.Argument) -> [Message] {
        switch argument {
        case .text: []
        case .message(let nested): flattened(nested)
        case .list(let items): items.flatMap(flattened)
        }
    }

    /// Every sample message, with the messages inside it.
    static var sampleMessages: [Message] {
        let reports = MessageSamples.samples.flatMap { report in [report.message] + (report.hint.map { [$0] } ?? []) }
        return (reports + MessageSamples.otherMessages).flatMap(flattened)
    }

    /// The keys a catalogue is asked for when every sample is printed: the diagnostics with their labels and
    /// hints, and the other messages.
    static var printedKeys: Set<MessageKey> {
        let recorder = KeyRecorder()
        let catalogue = MessageCatalogue { key in
            recorder.add(key)
            return EnglishMessages.text(key)
        }
        for report in MessageSamples.samples {
            _ = Diagnostic(report, at: SourceLocation(file: "a.md", line: 1, column: 1)).text(in: catalogue)
        }
        for message in MessageSamples.otherMessages { _ = catalogue.text(message) }
        return recorder.keys
    }

    @Test func keysAreStableNames() {
        for key in MessageKey.allCases {
            #expect(key.rawValue.range(of: "^[a-z0-9-]+(\\.[a-z0-9-]+)+$", options: .regularExpression) != nil, "\(key)")
        }
    }

    @Test func everyKeyIsPrintedBySomeSample() {
        let printed = Self.printedKeys
        let unreached = MessageKey.allCases.filter { !printed.contains($0) }
        #expect(unreached.isEmpty, "no sample reaches \(unreached.map(\.rawValue))")
    }

    /// Both catalogues word every key (their `switch` is exhaustive, so a new key does not compile without
    /// words in both), and the Chinese words are Chinese: not empty, not the English left in place.
    @Test func bothCataloguesWordEveryKey() {
        for key in MessageKey.allCases {
            let english = MessageCatalogue.english.template(key)
            let chinese = MessageCatalogue.chinese.template(key)
            #expect(!english.isEmpty, "\(key.rawValue)")
            #expect(!chinese.isEmpty, "\(key.rawValue)")
            // `{text}`, `: ` and `{year}年` have no English words to translate.
            let words = PlaceholderText.fill(english, Dictionary(uniqueKeysWithValues:
                PlaceholderText.placeholders(in: english).map { ($0, "") }))
            if words.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
                #expect(chinese != english, "\(key.rawValue) has no Chinese words")
                #expect(chinese.unicodeScalars.contains { $0.properties.isIdeographic }, "\(key.rawValue): \(chinese)")
            }
        }
    }

    /// The English words name exactly the values a message gives; the messages of the template engine, the
    /// decoder, the Word reader and the converter's checks keep their component's words (`{text}`) and name
    /// more values, for the Chinese catalogue that words them itself.
    @Test func theEnglishWordsNameExactlyTheValuesAMessageGives() {
        for message in Self.sampleMessages {
            let template = MessageCatalogue.english.template(message.key)
            let placeholders = Set(PlaceholderText.placeholders(in: template))
            if template == "{text}" {
                #expect(placeholders.isSubset(of: message.arguments.keys), "\(message.key.rawValue)")
            } else {
                #expect(placeholders == Set(message.arguments.keys), "\(message.key.rawValue)")
            }
        }
    }

    /// The Chinese words name only values the message gives, and the same ones as the English words where
    /// those are the catalogue's own.
    @Test func theChineseWordsNameTheValuesTheEnglishOnesDo() {
        for message in Self.sampleMessages {
            let english = MessageCatalogue.english.template(message.key)
            let chinese = Set(PlaceholderText.placeholders(in: MessageCatalogue.chinese.template(message.key)))
            #expect(chinese.isSubset(of: message.arguments.keys), "\(message.key.rawValue)")
            if english != "{text}" {
                #expect(chinese == Set(PlaceholderText.placeholders(in: english)), "\(message.key.rawValue)")
            }
        }
    }

    /// Printed in Chinese, every sample has Chinese labels and no English one.
    @Test func everySamplePrintsInChinese() {
        for report in MessageSamples.samples {
            let text = Diagnostic(report, at: SourceLocation(file: "a.md", line: 2, column: 1)).text(in: .chinese)
            #expect(text.hasPrefix("a.md:2:1: 错误：") || text.hasPrefix("a.md:2:1: 注意："), "\(text)")
            #expect(!text.contains("hint:") && !text.contains("error:") && !text.contains("warning:"), "\(text)")
        }
    }

    @Test func anotherCatalogueChangesTheWordsNotThePlace() {
        let marked = MessageCatalogue { key in "«\(key.rawValue)» " + EnglishMessages.text(key) }
        let diagnostic = Diagnostic(ContentError.badDate("2023/10"), at: SourceLocation(file: "a.md", line: 3, column: 7))
        #expect(diagnostic.text(in: marked) == """
            a.md:3:7: «label.error» error«label.separator» : «content.bad-date» `2023/10` is not a date
              «label.hint» hint«label.separator» : «content.bad-date.hint» \(EnglishMessages.text(.badDateHint))
            """)
        // Phrases inside a message come from the same catalogue.
        let wrongType = Diagnostic(ContentError.wrongType(field: "keywords", expected: .textList, found: .group), at: nil)
        #expect(wrongType.text(in: .english).hasPrefix(
            "error: `keywords` must be a list of texts, but it is a group of fields"))
        #expect(wrongType.text(in: .chinese).hasPrefix("错误：`keywords` 应当是一组文字（列表），现在是一组字段"))
    }

    @Test func aDiagnosticInChinese() {
        let diagnostic = Diagnostic(
            ContentError.impossibleDate("2024-02-30", year: 2024, month: 2, day: 30),
            at: SourceLocation(file: "content/speeches/a.md", line: 3, column: 7))
        #expect(diagnostic.text(in: .chinese) == """
            content/speeches/a.md:3:7: 错误：`2024-02-30` 不是有效的日期：2024年2月只有 29 天
              提示：对照原件核对日子；这个月的最后一天是 2024-02-29
            """)
        let fields = Diagnostic(ContentError.unknownField("作者", suggestion: nil), at: nil).text(in: .chinese)
        #expect(fields.hasSuffix("可用的字段：标题（title）、日期（date）、场合（occasion）、讲话人（speaker）、地点（place）、"
            + "来源（source）、摘要（summary）、关键词（keywords）、草稿（draft）、网址名（slug）"))
    }

    @Test func severityComesWithTheReport() {
        #expect(Diagnostic(ContentError.unknownField("x", suggestion: nil), at: nil).severity == .warning)
        #expect(Diagnostic(ContentError.missingTitle, at: nil).severity == .error)
        #expect(Diagnostic(OutputError.foreignFileKept, at: nil).severity == .warning)
    }
}

/// The keys a catalogue was asked for, from any thread.
private final class KeyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: Set<MessageKey> = []

    func add(_ key: MessageKey) { lock.withLock { _ = recorded.insert(key) } }
    var keys: Set<MessageKey> { lock.withLock { recorded } }
}
