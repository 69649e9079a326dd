import Foundation
import PortalSupport

/// Builds the full-text search index for Chinese that `search.js` queries in the browser.
///
/// Terms are single characters and overlapping pairs of characters, so no word segmentation can disagree
/// between index and query: a phrase is found through its pairs, then confirmed against the stored text.
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
        /// Speeches per block: a block's files share a content hash in their names, so the manifest stays small.
        public var documentBlockSize: Int
        /// Threads to use; `nil` uses every core.
        public var threads: Int?

        /// Creates options; every parameter has a default.
        public init(
            directory: String = "search", singleFileLimit: Int = 192 * 1024, inlinePostingLimit: Int = 64,
            shardTargetBytes: Int? = nil, documentBlockSize: Int = 64, threads: Int? = nil
        ) {
            self.directory = directory
            self.singleFileLimit = singleFileLimit
            self.inlinePostingLimit = inlinePostingLimit
            self.shardTargetBytes = shardTargetBytes
            self.documentBlockSize = documentBlockSize
            self.threads = threads
        }
    }

    /// The options in use.
    public let options: Options

    /// Creates a builder.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Builds the index files for `documents` (document numbers follow this order, which also breaks ties in
    /// the ranking) and `keywords` (offered first, and the alias table). The same input gives the same bytes.
    public func build(documents: [SearchDocument], keywords: [SearchKeyword]) -> [SearchIndexFile] {
        let threads = max(1, options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let (terms, buffers, table) = collect(documents, threads: threads)
        return SearchIndexLayout(options: options, threads: threads)
            .files(terms: terms, buffers: buffers, table: table, documents: documents, keywords: keywords)
    }

    /// Collects terms on every thread (each over a contiguous run of documents), merges them and builds the
    /// character table; the collectors' memory is released on return.
    private func collect(
        _ documents: [SearchDocument], threads: Int
    ) -> ([SearchEncodedTerm], [SearchCharBuffer], SearchCharTable) {
        let ranges = IndexRanges.split(count: documents.count, parts: threads)
        let collections = (0..<ranges.count).parallelMap(threads: threads) { part in
            SearchTermCollector.collect(documents, range: ranges[part])
        }
        let (terms, buffers) = SearchPostingMerger.merge(collections, documentCount: documents.count, threads: threads)
        // Stored text is original (unfolded): a single-character term counts every character that folds to
        // it, so the separately counted ones that fold to another move their counts back.
        var counts: [UInt32: Int] = [:]
        for term in terms where !SearchTermKey.isPair(term.key) {
            counts[SearchTermKey.first(term.key), default: 0] += term.countSum
        }
        for collection in collections {
            for (scalar, count) in collection.characterCounts {
                counts[scalar, default: 0] += Int(count)
                let folded = SearchNormalization.fold(scalar)
                if folded != scalar && !SearchNormalization.isSpace(folded) { counts[folded, default: 0] -= Int(count) }
            }
        }
        return (terms, buffers, SearchCharTable(counts: counts))
    }
}
