extension KeywordDiscovery {
    /// Thresholds of keyword discovery. Each property names, in backticks, the snake_case key it is meant
    /// to have in the `discovery:` section of the glossary file; all have defaults tuned on the seed speeches.
    ///
    /// Lengths are in characters (Unicode scalars); counts are over the sample (see `sampleBytes`).
    public struct Options: Sendable, Hashable {
        /// `sample_bytes`: the n-gram statistics and quotation scan read at most about this many UTF-8
        /// bytes of text (a Chinese character is 3 bytes), taken as whole speeches spread evenly over the
        /// corpus, so discovery costs the same on 10,000 speeches as on 500. Default 2,000,000 (about
        /// 700,000 characters, some 150 speeches): terms worth a keyword page recur across speeches, so a
        /// sample finds them; `portalgen keywords --suggest` reads everything to show rarer ones.
        public var sampleBytes = 2_000_000

        /// `min_count`: a statistical term occurs at least this many times, not counting occurrences
        /// inside a longer term that is also found. Default 3.
        public var minCount = 3

        /// `min_speeches`: a statistical term occurs in at least this many speeches. Default 2.
        public var minSpeeches = 2

        /// `min_length`: no term is shorter than this. Default 2.
        public var minLength = 2

        /// `statistical_min_length`: n-gram statistics propose terms of at least this length; two-character
        /// words (工会, 工作, 职工) are almost always too general to be keywords, and the few good ones are
        /// quoted or in the glossary. Default 3.
        public var statisticalMinLength = 3

        /// `max_length`: no term is longer than this. Default 12.
        public var maxLength = 12

        /// `max_ngram_length`: the longest n-gram the statistics count; long enough for
        /// 产业工人队伍建设改革 (10). Default 10.
        public var maxNGramLength = 10

        /// `min_cohesion`: how much more often a statistical term occurs than chance, taken at its weakest
        /// split point: min over splits of log2(count(w) · N / (count(left) · count(right))), N = characters
        /// in the sample. Default 4 (16 times chance).
        public var minCohesion = 4.0

        /// `min_boundary_entropy`: the branching entropy (bits) of the characters on each side of a
        /// statistical term, where punctuation, text edges, particles such as 的/了 and governing verbs such
        /// as 弘扬/推进 count as free boundaries. Low entropy means the n-gram is a fragment of something
        /// longer. Default 1.2.
        public var minBoundaryEntropy = 1.2

        /// `maximality_ratio`: a statistical term is dropped in favour of a longer one that contains it and
        /// occurs at least this share as often (产业工人队伍建设 in 产业工人队伍建设改革). Default 0.8.
        public var maximalityRatio = 0.8

        /// `min_standalone_share`: a term found inside longer terms (discovered or already in the glossary)
        /// is kept only when at least this share of its occurrences stand on their own. Default 0.25.
        public var minStandaloneShare = 0.25

        /// `quoted_min_count`: a phrase put in quotation marks is a candidate when it occurs at least this
        /// many times, quoted or not. Default 2.
        public var quotedMinCount = 2

        /// `quoted_min_share`: … and when at least this share of those occurrences are quoted, so that a
        /// common word quoted once for emphasis (“改革”) is not taken for a term. Default 0.2.
        public var quotedMinShare = 0.2

        /// `quoted_min_cjk_share`: the share of Chinese characters a quoted phrase needs. Default 0.6.
        public var quotedMinCJKShare = 0.6

        /// `max_terms`: at most this many terms are returned, best first. Default 80: discovered terms become
        /// keyword pages and links in every speech, so a few dozen good ones serve readers better than hundreds.
        public var maxTerms = 80

        /// `examples`: example sentences per term. Default 3.
        public var examples = 3

        /// `deny`: exact terms never to return (in addition to single characters and placeholder runs).
        public var deny: Set<String> = []

        /// `leading_function_characters`: a statistical term never starts with one of these.
        public var leadingFunctionCharacters: Set<Character> = KeywordDiscovery.defaultLeadingFunctionCharacters

        /// `trailing_function_characters`: a statistical term never ends with one of these.
        public var trailingFunctionCharacters: Set<Character> = KeywordDiscovery.defaultTrailingFunctionCharacters

        /// `boundary_words`: governing verbs and adverbs (弘扬, 推进, 深化 …) that start no statistical term
        /// and mark a free boundary before one: 劳模精神 is a term although speeches always say 弘扬劳模精神.
        public var boundaryWords: Set<String> = KeywordDiscovery.defaultBoundaryWords

        public init() {}
    }
}
