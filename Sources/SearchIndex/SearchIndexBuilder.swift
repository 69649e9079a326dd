import Foundation
import PortalSupport

/// Builds the full-text search index for Chinese that `search.js` queries in the browser.
///
/// Terms are single characters and overlapping pairs of characters, so no word segmentation can disagree
/// between index and query: a phrase is found through the blocks that hold all of its pairs, then confirmed
/// in the stored text of those blocks; speeches are ranked by BM25 from the posting lists (`SearchScoring`).
/// See `SearchIndexLayout` for the files and their format.
public struct SearchIndexBuilder: Sendable {
    /// Tuning of the index layout; the defaults suit sites from five to tens of thousands of speeches.
    public struct Options: Sendable {
        /// The index folder, relative to the output root; `search.js` expects `search`.
        public var directory: String
        /// When all files together stay below this many bytes, everything goes into `index.js` (one request).
        public var singleFileLimit: Int
        /// Posting and heading lists up to this many characters sit in their term's shard; longer ones get a file
        /// of their own, loaded only when a query needs that list.
        public var inlinePostingLimit: Int
        /// The size a term shard aims at; `nil` chooses from the index size (balancing the directory in
        /// `index.js` against the shards a query loads).
        public var shardTargetBytes: Int?
        /// The characters a block of stored text aims at (`SearchBlocks`): a result costs about one block.
        public var blockCharacters: Int
        /// Threads to use; `nil` uses every core.
        public var threads: Int?

        /// Creates options; every parameter has a default.
        public init(
            directory: String = "search", singleFileLimit: Int = 192 * 1024, inlinePostingLimit: Int = 64,
            shardTargetBytes: Int? = nil, blockCharacters: Int = 4000, threads: Int? = nil
        ) {
            self.directory = directory
            self.singleFileLimit = singleFileLimit
            self.inlinePostingLimit = inlinePostingLimit
            self.shardTargetBytes = shardTargetBytes
            self.blockCharacters = blockCharacters
            self.threads = threads
        }
    }

    /// The options in use.
    public let options: Options

    /// Creates a builder.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Builds the index files for `documents` and `keywords` (offered first, the alias table, and the keyword
    /// filter). Speeches are numbered by date, oldest first (undated ones before all), and by address from Z to
    /// A (in byte order) on the same date, so that a higher number ranks first among equal scores: newest first, then by
    /// address. The input order does not matter, and the same input gives the same bytes.
    /// - Returns: `index.js` first, then the other files by path.
    public func build(documents: [SearchDocument], keywords: [SearchKeyword]) -> [SearchIndexFile] {
        let collected = CollectedFiles()
        build(documents: documents, keywords: keywords) { collected.add($0) }
        let manifest = directoryPrefix + "index.js"
        return collected.files.sorted { $0.path == manifest || ($1.path != manifest && $0.path < $1.path) }
    }

    /// Builds the index files as `build(documents:keywords:)` does, handing each to `write` as soon as it is
    /// made (from any thread), so that the index is never all in memory; `index.js` comes last.
    public func build(
        documents: [SearchDocument], keywords: [SearchKeyword], write: @escaping @Sendable (SearchIndexFile) -> Void
    ) {
        let threads = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let order = documents.indices.sorted { a, b in
            let (x, y) = (documents[a], documents[b])
            if x.dateKey != y.dateKey { return x.dateKey < y.dateKey }
            if x.url != y.url { return y.url.utf8.lexicographicallyPrecedes(x.url.utf8) }
            return a < b
        }
        let target = options.blockCharacters
        let blocks = order.parallelMap(threads: threads) { SearchBlocks(documents[$0].sections, target: target) }
        let (terms, buffers) = collect(documents, order: order, blocks: blocks, threads: threads)
        let output = SearchIndexOutput(directory: directoryPrefix, singleFileLimit: options.singleFileLimit, write: write)
        SearchIndexLayout(options: options, threads: threads).write(
            terms: terms, buffers: buffers, documents: SearchIndexLayout.Documents(all: documents, order: order, blocks: blocks),
            keywords: keywords, to: output)
    }

    /// The index folder as a prefix of its files' paths.
    private var directoryPrefix: String { options.directory.isEmpty ? "" : options.directory + "/" }

    /// Collects terms on every thread (each over a contiguous run of documents) and merges them; the
    /// collectors' memory is released on return.
    private func collect(
        _ documents: [SearchDocument], order: [Int], blocks: [SearchBlocks], threads: Int
    ) -> ([SearchEncodedTerm], [SearchCharBuffer]) {
        let ranges = IndexRanges.split(count: documents.count, parts: threads)
        let collections = (0..<ranges.count).parallelMap(threads: threads) { part in
            SearchTermCollector.collect(documents, order: order, blocks: blocks, range: ranges[part])
        }
        let lengths = SearchLengths(collections.flatMap(\.lengths))
        return SearchPostingMerger.merge(collections, lengths: lengths, threads: threads)
    }
}

/// The files of an index, gathered from the threads that make them.
private final class CollectedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [SearchIndexFile] = []

    func add(_ file: SearchIndexFile) { lock.withLock { gathered.append(file) } }

    var files: [SearchIndexFile] { lock.withLock { gathered } }
}
