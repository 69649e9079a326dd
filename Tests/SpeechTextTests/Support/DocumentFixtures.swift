import Foundation
@testable import SpeechText

/// The documents under Fixtures/documents: texts written for these tests in the layout of
/// `../shared/docs/speech-conventions.md` (reports, speeches, a resolution, an old report, PDF
/// copies, a Word paste, two long texts from `make-corpus.py --length`), each with a `.expected`
/// file that says, as a careful editor reads the document:
///
///     title: 政府工作报告 | line 1 (title)            value | where it came from, or -
///     date: 2019-01-16 | line 2 (subtitle)
///     occasion: … | line 2 (subtitle)
///     speaker: 周明远 | 江川市市长 | line 3 (byline)   name | office or - | where
///     header:                                           role and line of each header line
///     title 1
///     outline:                                          level and text of each heading; * = not compared
///     2 一、2018年工作回顾
///     joins: 5-8 10-12                                  source lines joined into one paragraph
enum DocumentFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/documents")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
    }()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    /// What the expected file says, or what a conversion gives, in the expected file's terms.
    struct Reading: Equatable {
        var fields: [String: String] = [:]
        var header: [String] = []
        var outline: [String]? = []
        var joins = ""
    }

    static func expected(_ name: String) throws -> Reading {
        let text = try String(contentsOf: directory.appendingPathComponent(name + ".expected"), encoding: .utf8)
        var reading = Reading()
        var section: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line == "header:" || line == "outline:" {
                section = String(line.dropLast())
            } else if section == nil || line.hasPrefix("joins:"), let colon = line.firstIndex(of: ":") {
                let key = String(line[..<colon])
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if key == "joins" { reading.joins = value } else { reading.fields[key] = value }
                section = nil
            } else if section == "header" {
                reading.header.append(line)
            } else if line == "*" {
                reading.outline = nil
            } else {
                reading.outline?.append(line)
            }
        }
        return reading
    }

    static func actual(_ speech: ConvertedSpeech) -> Reading {
        func sourced(_ value: String?, _ source: ValueSource?) -> String {
            guard let value else { return "-" }
            return value + (source.map { " | \($0)" } ?? "")
        }
        var reading = Reading()
        reading.fields["title"] = sourced(speech.title, speech.titleSource)
        reading.fields["date"] = sourced(speech.date?.description, speech.dateSource)
        reading.fields["occasion"] = sourced(speech.occasion, speech.occasionSource)
        reading.fields["speaker"] = speech.speaker.map { sourced($0 + " | " + (speech.speakerOffice ?? "-"), speech.speakerSource) } ?? "-"
        reading.header = speech.header.map { "\($0.role.rawValue) \($0.line)" }
        reading.outline = speech.outline.map { "\($0.level) \($0.text)" }
        reading.joins = speech.joins.map { "\($0.lines.lowerBound)-\($0.lines.upperBound)" }.joined(separator: " ")
        return reading
    }
}
