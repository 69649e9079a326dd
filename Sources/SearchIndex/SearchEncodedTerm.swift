/// One term of the finished index: its totals and its bit-coded lists (base64url characters).
///
/// Posting list: the Rice parameter of the gaps plus one (Elias gamma), then per document in increasing order:
/// the gap from the previous document minus one (the first from -1), Rice-coded; the impact (4 bits, see
/// `SearchScoring`); and when the impact is not 0 (the term is in the speech's headings or paragraphs, not
/// only in its title), the blocks (`SearchBlocks`) that hold it: a 1 bit for every block of the speech, or a
/// 0 bit, their number (gamma) and each block's gap from the previous one (the first from -1) plus one (gamma).
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
