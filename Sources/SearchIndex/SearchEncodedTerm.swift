/// One term of the finished index: its totals and its bit-coded lists (base64url characters).
///
/// Posting list: two Rice parameters plus one (gaps, counts; Elias gamma), then per document in increasing
/// order the gap from the previous document minus one (the first from -1) and the count minus one, both
/// Rice-coded.
/// The counts bound how often a phrase can occur, which lets the client rank before it fetches any text.
///
/// Headings: two lists of documents, those whose title contains the term and those with a heading that does.
/// Each is one bit (1 = the list holds the documents that do *not*, which keeps terms of templated titles
/// small), the number of documents plus one (Elias gamma), and if any, the Rice parameter plus one (gamma)
/// and the Rice-coded gaps. Empty when the term is in no title or heading.
///
/// The lists are slices of the `SearchCharBuffer` of the term's merge chunk (`chunk`).
struct SearchEncodedTerm: Sendable {
    var key: UInt64
    var documentFrequency: Int
    var countSum: Int
    var postings: SearchBitSlice
    /// Documents whose title, and documents with a heading, that contains the term.
    var titleCount: Int
    var headingCount: Int
    var headings: SearchBitSlice
    var chunk: Int
}
