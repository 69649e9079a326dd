extension KeywordDiscovery {
    /// Thresholds of keyword discovery. Each property names, in backticks, its key in the `discovery:` section
    /// of the glossary file. None is about a topic or a domain: they describe how terms behave in any
    /// collection of texts (see the README's discovery section for why each default is what it is).
    ///
    /// Lengths are in characters (Unicode scalars); counts are over the sample (see `sampleBytes`).
    public struct Options: Sendable, Hashable {
        /// `sample_bytes`: discovery reads at most about this many UTF-8 bytes of text (a Chinese character is
        /// 3 bytes), taken as whole speeches spread evenly over the corpus, so it costs the same on 10,000
        /// speeches as on 1,000. Default 6,000,000 (about two million characters: some 80 long reports, or
        /// 600 speeches of 3,000 characters); `portalgen keywords --suggest` reads everything.
        public var sampleBytes = 6_000_000

        /// `sample_whole_speeches`: a corpus of at most this many speeches, and at most twice `sample_bytes`,
        /// is read whole: left out of a few dozen reports, a report takes its share of every term's spread
        /// with it (of 84 reports of 80,000 bytes, 6.7 MB, a sample would keep 75). Default 100.
        public var sampleWholeSpeeches = 100

        /// `min_count`: a term occurs at least this many times. Default 3.
        public var minCount = 3

        /// `min_speeches`: a term occurs in at least this many speeches: a keyword page for one speech links
        /// nothing together. Default 2.
        public var minSpeeches = 2

        /// `min_length`: no term is shorter than this. Default 2.
        public var minLength = 2

        /// `statistical_min_length`: counting proposes terms of at least this length; two-character words
        /// (工会, 改革) are nearly all general, and the good ones are quoted (“三农”) or in the glossary.
        /// Default 3.
        public var statisticalMinLength = 3

        /// `max_length`: no term is longer than this; long enough for 习近平新时代中国特色社会主义思想 (16).
        /// Default 16.
        public var maxLength = 16

        /// `min_cohesion`: how much more often a counted term occurs than its parts would by chance, at its
        /// weakest split between parts of two characters or more: log2(count(w) · N / (count(a) · count(b))),
        /// N = characters read. Default 3 bits (8 times chance): free combinations (工会工作) fall below.
        public var minCohesion = 3.0

        /// `min_boundary_variety`: a counted term has at least this many equally likely neighbours on each
        /// side, 2^(branching entropy), where punctuation, the end of a text, particles (的, 了, 和 …) and the
        /// end of a governing verb (坚持, 推进 …) are a new neighbour each time. A fragment has a fixed
        /// neighbour (小康社|会). Default 3.
        public var minBoundaryVariety = 3.0

        /// `free_word_variety`: a two- to four-character string with at least this many different neighbours
        /// on one side is a free word there; a function character on that side of it makes a phrase, not a
        /// term (基础|上, 条件|下, 在|改革). A two-character word followed by this many different characters may
        /// govern an object (a verb phrase: see `container_share`). Default 6.
        public var freeWordVariety = 6

        /// `edge_bound_share`: … unless that character follows (precedes) the word in more than this share of
        /// its uses, when it belongs to the word. A term that extends a shorter one after it, followed by one
        /// character (a particle included) in more than this share of its uses, is no whole word at its end
        /// and never stands beside that term (see `extension_length`). Default 0.8.
        public var edgeBoundShare = 0.8

        /// `container_share`: a term gives way to a longer term holding at least this share of its uses
        /// (社会主义 to 中国特色社会主义 only when most of its uses are inside it). Counting uses the same share
        /// for characters: one that follows a particle in this share of its uses forms a word with it (和谐,
        /// 把握), so that particle is no free boundary before it; one that precedes a boundary particle in this
        /// share of its uses forms a word with it (参与, 求是), so that particle is no free boundary after it. A
        /// string of five characters or more that starts a clause in this share of its uses, a free word before
        /// a term that follows governing words in this share of its other uses, is a verb phrase, no candidate
        /// (保障|国家粮食安全). A longer term holding this share of the uses of a shorter one it extends stands
        /// beside it (see `extension_length`). Default 0.5.
        public var containerShare = 0.5

        /// `nested_share`: a term gives way when at least this share of its uses are inside longer terms that
        /// add characters before it: it is then the common head of several terms (体制改革 in 经济体制改革,
        /// 政治体制改革 …). Longer terms that only add characters after it (中国特色社会主义道路, …制度) leave
        /// it standing: there it names the concept the longer ones qualify. Default 0.75.
        public var nestedShare = 0.75

        /// `extension_length`: a term at most this many characters longer than a shorter term it contains, which
        /// stands on its own (is not part of the longer one by the rules above), gives way to the shorter: the
        /// shorter term's page lists every use of the longer one (九年义务教育 of 义务教育, 全面依法治国 of
        /// 依法治国); 习近平新时代中国特色社会主义思想 is more than a qualified 中国特色社会主义. A longer term
        /// that adds characters after stands beside the shorter when it holds `container_share` of the shorter
        /// one's uses (人民代表大会制度 beside 人民代表大会), is whole at its end (`edge_bound_share`) and is not
        /// the shorter joined to another standing term. 0 turns this off. Default 2.
        public var extensionLength = 2

        /// `block_characters`: paragraphs are read in blocks of about this many characters (closed at the first
        /// paragraph end after it), the units over which spread is measured. Default 400: hundreds of units
        /// even in five speeches.
        public var blockCharacters = 400

        /// `general_max_spread`, `general_min_documents`: a term in at least this share of the speeches is
        /// general vocabulary (it names no topic), when there are at least this many speeches. Defaults
        /// 0.85 and 10.
        public var generalMaxSpread = 0.85
        public var generalMinDocuments = 10

        /// `general_min_spread`, `general_min_count`, `general_min_ridf`: a term in at least this share of the
        /// speeches, used at least this many times, whose residual IDF over blocks is below this (it is spread
        /// over paragraphs as evenly as a function word) is general too. Defaults 0.5, 10 and 0.15 bits.
        public var generalMinSpread = 0.5
        public var generalMinCount = 10
        public var generalMinRIDF = 0.15

        /// `quoted_min_count`: a phrase put in quotation marks is a candidate when it occurs at least this
        /// many times, quoted or not. Default 2.
        public var quotedMinCount = 2

        /// `quoted_min_share`: … and when at least this share of those occurrences are quoted, so that a common
        /// word quoted once for emphasis (“改革”) is not taken for a term. Default 0.2.
        public var quotedMinShare = 0.2

        /// `quoted_min_cjk_share`: the share of Chinese characters a quoted phrase needs. Default 0.6.
        public var quotedMinCJKShare = 0.6

        /// `enumeration_share`: two terms written `A、B` become one term when at least this share of the uses
        /// of each is in the pair (资源节约型、环境友好型社会, 百花齐放、百家争鸣). Default 0.6.
        public var enumerationShare = 0.6

        /// `period_weight`: how much a term's concentration in time raises it: the score is multiplied by
        /// 1 + weight · KL(decades of its speeches ‖ decades of all speeches), in bits, capped at `period_cap`.
        /// Formulations belong to their period (人民公社, 科学发展观), topic words run through all of them.
        /// Only when at least 80% of the speeches are dated; 0 turns it off. Default 0.5.
        public var periodWeight = 0.5

        /// `period_cap`: the most bits of concentration in time that count. Default 2 (at most ×2).
        public var periodCap = 2.0

        /// `period_years`: the length of a period, in years. Default 10.
        public var periodYears = 10

        /// `contemporary_weight`: how much it raises a term that the speeches of its time use: the score is
        /// multiplied by 1 + weight · the mean share, over the dated speeches using it, of the `contemporaries`
        /// speeches before and after each in time that use it too. A formulation of its time (四个现代化,
        /// 科学技术是第一生产力) is used by most speeches around it, whatever their subject; a sector's term
        /// (天然林保护工程) by the few on that sector, however often they repeat it. Only when the speeches are dated
        /// as `period_weight` requires (it does not need `period_weight` itself) and more than
        /// 2 · `contemporaries` + 1 of them are dated; 0 turns it off. Default 0.2.
        public var contemporaryWeight = 0.2

        /// `contemporaries`: how many speeches before and after a speech, in time, are its contemporaries.
        /// Default 4.
        public var contemporaries = 4

        /// `formula_weight`: how much more a numbered formula counts (四项基本原则, 两个确立, 一国两制,
        /// 三去一降一补: a numeral, then a measure word or a second numeral): the score is multiplied by
        /// 1 + weight. Default 0.3.
        public var formulaWeight = 0.3

        /// `max_terms`: exactly the best this many terms become keywords (fewer when there are fewer). Default:
        /// none, the cut follows the corpus (`minTerms`, `cutShare`, `autoMaxTerms`).
        public var maxTerms: Int?

        /// `min_terms`: without `max_terms`, at least this many terms become keywords (all when there are
        /// fewer). Default 80.
        public var minTerms = 80

        /// `auto_max_terms`: without `max_terms`, at most this many terms become keywords, so that pages, build
        /// time and memory stay bounded whatever the corpus. Default 200: on reports of many years, fewer than
        /// nine in ten of the best 200 terms are real terms (see Benchmarks/KeywordEvaluation).
        public var autoMaxTerms = 200

        /// `cut_share`: without `max_terms`, every term scoring at least this share of the tenth best score
        /// becomes a keyword (the tenth, not the first, so that one outstanding term does not set the scale).
        /// Scores fall steeply over a corpus's few specific terms and then level off over terms that are
        /// about as specific as each other, so a corpus of many years and subjects gets more keywords than
        /// a few speeches on one subject. Default 0.6.
        public var cutShare = 0.6

        /// `examples`: example sentences per term. Default 3.
        public var examples = 3

        /// `deny`: exact terms never to return; they still hold the uses inside them, so their fragments are
        /// not proposed either.
        public var deny: Set<String> = []

        /// `boundary_words`: governing verbs and adverbs (弘扬, 推进, 深化 …) that start no counted term and
        /// mark a free boundary before one: 劳模精神 is a term although speeches always say 弘扬劳模精神.
        public var boundaryWords: Set<String> = KeywordDiscovery.defaultBoundaryWords

        public init() {}
    }
}
