import Foundation
@testable import SearchIndex

/// Reads an index written by `SearchIndexBuilder` (format 2, see `SearchIndexLayout`) back into plain values,
/// independently of the builder's code paths, so tests can compare it with brute force over the input.
struct SearchIndexReader {
    /// Every registered part, by id.
    var parts: [String: Any] = [:]
    var manifest: [String: Any] { parts["index"] as? [String: Any] ?? [:] }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    init(files: [SearchIndexFile], directory: String = "search") throws {
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for line in text.split(separator: "\n") {
                let prefix = "portalgenSearchData("
                guard line.hasPrefix(prefix), line.hasSuffix(");") else {
                    throw ReadError(description: "\(file.path): not a registration: \(line.prefix(60))")
                }
                let arguments = "[" + line.dropFirst(prefix.count).dropLast(2) + "]"
                let value = try JSONSerialization.jsonObject(with: Data(arguments.utf8), options: [.fragmentsAllowed])
                guard let pair = value as? [Any], pair.count == 2, let id = pair[0] as? String else {
                    throw ReadError(description: "\(file.path): bad arguments")
                }
                if file.path != directory + "/index.js" && file.path != directory + "/" + id + ".js" {
                    throw ReadError(description: "\(file.path) registers \(id)")
                }
                parts[id] = pair[1]
            }
        }
    }

    /// The character table: code unit → character.
    var characters: [UInt16: String] {
        let table = Array(SearchCharRanking.characters.unicodeScalars)
        let single = SearchCharTable.singleByteCodes
        var map: [UInt16: String] = [:]
        for (rank, scalar) in table.enumerated() {
            let code = rank < single.count ? UInt16(single[rank]) : UInt16(0xA1 + rank - single.count)
            map[code] = String(scalar)
        }
        return map
    }

    /// Decodes text written with the character table.
    func decodeText(_ encoded: String, characters: [UInt16: String]) -> String {
        var output = ""
        var units = Array(encoded.utf16)[...]
        while let unit = units.popFirst() {
            if unit == 0x7E, let next = units.popFirst() {
                output += String(decoding: [next], as: UTF16.self)
            } else if unit < 0x80 || (unit >= 0xA1 && unit < 0x800) {
                output += characters[unit] ?? "\u{FFFD}"
            } else if UTF16.isLeadSurrogate(unit), let low = units.popFirst() {
                output += String(decoding: [unit, low], as: UTF16.self)
            } else {
                output += String(decoding: [unit], as: UTF16.self)
            }
        }
        return output
    }

    /// The shard ids in manifest order.
    var shardIDs: [String] {
        let hashes = Array(manifest["h"] as? String ?? "")
        return stride(from: 0, to: hashes.count, by: 12).map { "s/" + String(hashes[$0..<min(hashes.count, $0 + 12)]) }
    }

    struct Entry {
        var key: String
        var documents: Int
        var total: Int
        var titles: Int
        var headed: Int
        /// The posting list and the heading lists, each with the reader positioned at its start.
        var postings: BitReader
        var headings: BitReader?
    }

    /// Every term entry of every shard, with the shard it is in.
    func entries() throws -> [(shard: Int, entry: Entry)] {
        var result: [(Int, Entry)] = []
        let characters = self.characters
        for (index, id) in shardIDs.enumerated() {
            guard let shard = parts[id] as? [String], shard.count == 2 else { throw ReadError(description: "bad shard \(id)") }
            var keys = Array(decodeText(shard[0], characters: characters).unicodeScalars)[...]
            for text in shard[1].split(separator: ".") {
                var reader = BitReader(String(text))
                let isPair = reader.bit() == 1
                let externalPostings = reader.bit() == 1
                let externalHeadings = reader.bit() == 1
                var key = ""
                for _ in 0..<(isPair ? 2 : 1) {
                    guard let scalar = keys.popFirst() else { throw ReadError(description: "\(id): too few terms") }
                    key.unicodeScalars.append(scalar)
                }
                let documents = reader.gamma()
                let total = reader.gamma() + documents - 1
                let titles = reader.gamma() - 1
                let headed = reader.gamma() - 1
                var postings = reader
                if externalPostings {
                    let hash = reader.hash()
                    let characters = reader.gamma()
                    let text = try list(hash)
                    if characters != text.count { throw ReadError(description: "p/\(hash): \(text.count) characters, not \(characters)") }
                    postings = BitReader(text)
                } else {
                    _ = Self.postings(&reader, count: documents)
                }
                var headings: BitReader?
                if titles + headed > 0 { headings = externalHeadings ? BitReader(try list(reader.hash())) : reader }
                result.append((index, Entry(key: key, documents: documents, total: total, titles: titles, headed: headed,
                                            postings: postings, headings: headings)))
            }
            if !keys.isEmpty { throw ReadError(description: "\(id): too many terms") }
        }
        return result
    }

    private func list(_ hash: String) throws -> String {
        guard let list = parts["p/" + hash] as? String else { throw ReadError(description: "missing p/\(hash)") }
        return list
    }

    /// A posting: the document, the impact, and the blocks holding the term (nil: every block).
    struct Posting: Equatable {
        var document: Int
        var impact: Int
        var blocks: [Int]?
    }

    /// The entry's posting list.
    static func postings(_ entry: Entry) -> [Posting] {
        var reader = entry.postings
        return postings(&reader, count: entry.documents)
    }

    /// The entry's heading lists.
    static func headings(_ entry: Entry, documentCount: Int) -> (titles: [Int], headings: [Int]) {
        guard var reader = entry.headings else { return ([], []) }
        return headings(&reader, documentCount: documentCount)
    }

    static func postings(_ reader: inout BitReader, count: Int) -> [Posting] {
        let gapK = reader.gamma() - 1
        var document = -1
        return (0..<count).map { _ in
            document += reader.rice(gapK) + 1
            let impact = reader.bits(4)
            guard impact > 0 else { return Posting(document: document, impact: 0, blocks: []) }
            if reader.bit() == 1 { return Posting(document: document, impact: impact, blocks: nil) }
            var block = -1
            let blocks = (0..<reader.gamma()).map { _ in
                block += reader.gamma()
                return block
            }
            return Posting(document: document, impact: impact, blocks: blocks)
        }
    }

    static func headings(_ reader: inout BitReader, documentCount: Int) -> (titles: [Int], headings: [Int]) {
        (documentList(&reader, documentCount: documentCount), documentList(&reader, documentCount: documentCount))
    }

    /// A `SearchDocumentList`.
    static func documentList(_ reader: inout BitReader, documentCount: Int) -> [Int] {
        let complemented = reader.bit() == 1
        let count = reader.gamma() - 1
        var stored: [Int] = []
        if count > 0 {
            let k = reader.gamma() - 1
            var document = -1
            for _ in 0..<count {
                document += reader.rice(k) + 1
                stored.append(document)
            }
        }
        return complemented ? (0..<documentCount).filter { !stored.contains($0) } : stored
    }

    /// The speeches of keyword `index` of the manifest.
    func keywordDocuments(_ index: Int) throws -> [Int] {
        guard let keywords = manifest["k"] as? [[Any]], index < keywords.count, let name = keywords[index][5] as? String
        else { throw ReadError(description: "no keyword \(index)") }
        if name.isEmpty { return [] }
        var reader = BitReader(try list(name))
        return Self.documentList(&reader, documentCount: manifest["n"] as? Int ?? 0)
    }

    /// A block of stored text, decoded.
    struct Block {
        var url: String
        var title: String
        var date: String?
        var blockCount: Int
        var anchors: [String?]
        var headings: [Bool]
        var texts: [String]
        /// By text: the length (UTF-16) of its end that repeats the next piece.
        var overlaps: [Int: Int]
    }

    /// Block `block` of speech `number`.
    func block(_ number: Int, _ block: Int) throws -> Block {
        let id = "t/\(number / 64)/\(number)-\(block)"
        guard let data = parts[id] as? [Any], data.count == 8 else { throw ReadError(description: "no block \(id)") }
        let characters = self.characters
        let overlaps = (data[7] as? [[Int]] ?? []).reduce(into: [Int: Int]()) { $0[$1[0]] = $1[1] }
        return Block(
            url: data[0] as? String ?? "", title: decodeText(data[1] as? String ?? "", characters: characters),
            date: data[2] as? String, blockCount: data[3] as? Int ?? 0, anchors: (data[4] as? [Any] ?? []).map { $0 as? String },
            headings: (data[5] as? String ?? "").map { $0 == "1" },
            texts: (data[6] as? [String] ?? []).map { decodeText($0, characters: characters) }, overlaps: overlaps)
    }

    /// Every block of speech `number`.
    func blocks(_ number: Int) throws -> [Block] {
        let first = try block(number, 0)
        return try [first] + (1..<max(1, first.blockCount)).map { try block(number, $0) }
    }

    /// The text of each section of speech `number`, put together from its blocks' pieces (without their
    /// copies of the next piece).
    func sectionTexts(_ number: Int) throws -> [String] {
        var texts: [String] = []
        var continues = false
        for block in try blocks(number) {
            for (index, piece) in block.texts.enumerated() {
                let own = String(piece.utf16.dropLast(block.overlaps[index] ?? 0))!
                // A piece that repeats the next one's start was cut from its section: the next piece continues it.
                if continues { texts[texts.count - 1] += own } else { texts.append(own) }
                continues = block.overlaps[index] != nil
            }
        }
        return texts
    }

    /// The address of each speech, by number.
    func urls() throws -> [String] {
        try (0..<(manifest["n"] as? Int ?? 0)).map { try block($0, 0).url }
    }

    struct BitReader {
        let values: [Int]
        var index = 0
        var buffer = 0
        var available = 0

        init(_ text: String) {
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            values = text.map { alphabet.firstIndex(of: $0) ?? 0 }
        }

        mutating func bit() -> Int {
            if available == 0 {
                buffer = index < values.count ? values[index] : 0
                index += 1
                available = 6
            }
            available -= 1
            return (buffer >> available) & 1
        }

        mutating func bits(_ count: Int) -> Int {
            var value = 0
            for _ in 0..<count { value = value * 2 + bit() }
            return value
        }

        mutating func rice(_ k: Int) -> Int {
            var quotient = 0
            while bit() == 1 && index <= values.count + 1 { quotient += 1 }
            return quotient << k + bits(k)
        }

        mutating func hash() -> String {
            (0..<12).map { _ in String(bits(4), radix: 16) }.joined()
        }

        mutating func gamma() -> Int {
            var zeros = 0
            while bit() == 0 && index <= values.count + 1 { zeros += 1 }
            return 1 << zeros + bits(zeros)
        }
    }
}
