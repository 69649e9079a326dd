import Foundation
@testable import SearchIndex

/// Reads an index written by `SearchIndexBuilder` back into plain values, independently of the builder's
/// code paths, so tests can compare it with brute force over the input.
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
        let table = Array((manifest["c"] as? String ?? "").unicodeScalars)
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
                    postings = BitReader(try list(reader.hash()))
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

    /// The entry's posting list: document → count.
    static func postings(_ entry: Entry) -> [(document: Int, count: Int)] {
        var reader = entry.postings
        return postings(&reader, count: entry.documents)
    }

    /// The entry's heading lists.
    static func headings(_ entry: Entry, documentCount: Int) -> (titles: [Int], headings: [Int]) {
        guard var reader = entry.headings else { return ([], []) }
        return headings(&reader, documentCount: documentCount)
    }

    static func postings(_ reader: inout BitReader, count: Int) -> [(document: Int, count: Int)] {
        let gapK = reader.gamma() - 1
        let countK = reader.gamma() - 1
        var document = -1
        return (0..<count).map { _ in
            document += reader.rice(gapK) + 1
            return (document, reader.rice(countK) + 1)
        }
    }

    static func headings(_ reader: inout BitReader, documentCount: Int) -> (titles: [Int], headings: [Int]) {
        var lists: [[Int]] = []
        for _ in 0..<2 {
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
            lists.append(complemented ? (0..<documentCount).filter { !stored.contains($0) } : stored)
        }
        return (lists[0], lists[1])
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

        mutating func bits(_ count: Int) -> Int { (0..<count).reduce(0) { value, _ in value * 2 + bit() } }

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
