// Reading a long .docx, single core.
//
//     swift run -c release docx-bench [--length 50000] [--runs 20] [--seeds ../shared/seeds] [--write out.docx]
//
// Builds a Word document of about `--length` characters from the seed speeches' lines, laid out
// as Word writes a long report: outline headings numbered through numbering.xml (一、 （一） 1.),
// heading styles, bold lead sentences, every paragraph split into runs of 15 characters (Word starts a new
// run at each edit, with fonts and sizes), a footnote every 40 paragraphs and a table. Then reads it `--runs` times
// and prints the median and fastest time of `WordDocument(data:)` and of `plainText`, as the
// thread's CPU time (other work on a shared machine does not inflate it).
import Foundation
import WordDocument
import WordDocumentTestSupport

func option(_ name: String, _ fallback: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let length = Int(option("--length", "50000")) ?? 50_000
let runs = max(1, Int(option("--runs", "20")) ?? 20)
let seedFolder = URL(fileURLWithPath: option("--seeds", "../shared/seeds"))

let seedFiles = ((try? FileManager.default.contentsOfDirectory(at: seedFolder, includingPropertiesForKeys: nil)) ?? [])
    .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
let seedLines = seedFiles.flatMap { url -> [String] in
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
}
guard !seedLines.isEmpty else {
    print("no seed speeches (*.txt with lines of text) in \(seedFolder.path); pass --seeds DIR")
    exit(1)
}

/// A run as Word writes one: revision ids, fonts and sizes.
func wordRun(_ text: String, bold: Bool = false) -> String {
    let properties = "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋\"/>"
        + (bold ? "<w:b/><w:bCs/>" : "") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
    return WordXML.run(text, properties: properties).replacingOccurrences(of: "<w:r>", with: "<w:r w:rsidRPr=\"00A1B2C3\">")
}

/// A paragraph split into runs of at most 15 characters, the first sentence bold when `lead`.
func paragraph(_ text: String, properties: String, lead: Bool, footnote: Int?) -> String {
    var runs = ""
    var rest = Substring(text)
    if lead, let stop = rest.firstIndex(of: "。") {
        runs += wordRun(String(rest[...stop]), bold: true)
        rest = rest[rest.index(after: stop)...]
    }
    while !rest.isEmpty {
        runs += wordRun(String(rest.prefix(15)))
        rest = rest.dropFirst(15)
    }
    if let footnote { runs += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(footnote)\"/></w:r>" }
    return WordXML.paragraph(runs, properties: properties)
}

var body = WordXML.paragraph(text: "在全市工会工作会议上的讲话", properties: WordXML.properties(style: "Title", alignment: "center"))
var footnotes = ""
var characters = 0
var index = 0
while characters < length {
    let line = seedLines[index % seedLines.count]
    if index % 12 == 0 || index % 12 == 5 {
        let level = index % 12 == 0 ? 0 : 1
        let heading = String(line.prefix(16))
        body += WordXML.paragraph(text: heading, properties: WordXML.properties(style: "Heading\(level + 1)"))
        characters += heading.count
    } else {
        let footnote = index % 40 == 7 ? index : nil
        if let footnote {
            footnotes += "<w:footnote w:id=\"\(footnote)\">" + WordXML.paragraph(text: "注释\(footnote)：" + line.prefix(30)) + "</w:footnote>"
        }
        let layout = "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
        body += paragraph("　　" + line, properties: WordXML.properties(list: index % 12 == 8 ? (2, 2) : nil) + layout,
                          lead: index % 3 == 0, footnote: footnote)
        characters += line.count + 2
    }
    if index == 30 {
        let rows = (0..<10).map { row in
            "<w:tr>" + (0..<4).map { column in
                "<w:tc>" + WordXML.paragraph(text: "第\(row)行第\(column)列") + "</w:tc>"
            }.joined() + "</w:tr>"
        }.joined()
        body += "<w:tbl><w:tblPr/>" + rows + "</w:tbl>"
    }
    index += 1
}

let styles = [
    WordXML.style(id: "Normal", name: "Normal", isDefault: true, paragraph: "<w:jc w:val=\"both\"/>"),
    WordXML.style(id: "Title", name: "Title", basedOn: "Normal", run: "<w:b/>"),
    WordXML.style(id: "Heading1", name: "heading 1", basedOn: "Normal",
                  paragraph: "<w:outlineLvl w:val=\"0\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"),
    WordXML.style(id: "Heading2", name: "heading 2", basedOn: "Normal",
                  paragraph: "<w:outlineLvl w:val=\"1\"/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>"),
    WordXML.style(id: "FootnoteReference", name: "footnote reference", type: "character"),
].joined()
let numbering = WordXML.abstractNumbering(0, [
    WordXML.level(0, format: "chineseCounting", text: "%1、"),
    WordXML.level(1, format: "chineseCounting", text: "（%2）"),
    WordXML.level(2, format: "decimal", text: "%3."),
]) + WordXML.numbering(2, abstractID: 0)

let builder = DocxBuilder(body: body, styles: styles, numbering: numbering, footnotes: footnotes,
                          coreProperties: "<dc:title>基准文档</dc:title>")
let data = try builder.data()
if let path = Optional(option("--write", "")), !path.isEmpty { try data.write(to: URL(fileURLWithPath: path)) }

var readTimes: [Double] = []
var textTimes: [Double] = []
var document: WordDocument?
for _ in 0..<runs {
    let start = cpuSeconds()
    let read = try WordDocument(data: data)
    let middle = cpuSeconds()
    let text = read.plainText
    readTimes.append(middle - start)
    textTimes.append(cpuSeconds() - middle)
    document = read
    precondition(!text.isEmpty)
}
let text = document?.plainText ?? ""
func milliseconds(_ times: [Double]) -> String {
    let sorted = times.sorted()
    return String(format: "median %.1f ms, fastest %.1f ms", sorted[sorted.count / 2] * 1000, sorted[0] * 1000)
}
let documentXML = builder.parts["word/document.xml"]?.count ?? 0
print("document: \(text.count) characters of plain text, \(document?.blocks.count ?? 0) blocks, "
    + "\(document?.footnotes.count ?? 0) footnotes; .docx \(data.count / 1024) KiB, document.xml \(documentXML / 1024) KiB")
print("read WordDocument(data:): \(milliseconds(readTimes)) over \(runs) runs")
print("plainText:                \(milliseconds(textTimes))")
