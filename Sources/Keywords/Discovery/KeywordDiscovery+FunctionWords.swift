extension KeywordDiscovery {
    /// Characters that begin no keyword: particles, prepositions, pronouns and adverbs that in speeches
    /// almost always start a new word (的 了 是 要 在 和 把 被 对 为 以 从 向 将 就 中 上 …).
    public static let defaultLeadingFunctionCharacters: Set<Character> = Set(
        "的了是要在和与及等把被对为以从向将就都也又而之其这那们着过地得并且或但还再很我你他她它该此各每所给让使由于按即则已才第个中上下吗呢吧啊"
    )

    /// Characters that end no keyword: the leading ones plus postpositions and complements that close a
    /// phrase rather than a term (工作中, 行动上, 落实好, 结合起来).
    public static let defaultTrailingFunctionCharacters: Set<Character> = Set(
        "的了是要在和与及等把被对为以从向将就都也又而之其这那个们中上下里着过地得并且或但还再很我你他她它该此各每所给让使由于即则已才好吗呢吧啊来去起"
    )

    /// Function characters that also form ordinary words with their neighbour (和谐, 中国, 就业, 上级, 线下):
    /// at a term's edge they are allowed when the two characters are strongly bound (see
    /// `CJKNGramStatistics`).
    static let wordFormingFunctionCharacters: Set<Character> = Set("和中上下就个里好")

    /// Particles that, next to an n-gram, show a word boundary there: words of their own that rarely
    /// begin or end another word (unlike 与 in 参与, 之 in 之家, 地 in 阵地, 和 in 和谐).
    static let boundaryParticles: Set<Character> = Set("的了是把被等并或也都又")

    /// Governing verbs and adverbs of speech language: a term does not start with them, and one standing
    /// just before an n-gram is a free boundary.
    public static let defaultBoundaryWords: Set<String> = [
        "弘扬", "发扬", "推进", "推动", "深化", "加强", "坚持", "落实", "实施", "开展", "发挥", "做好", "提高",
        "提升", "增强", "完善", "健全", "构建", "打造", "深入", "持续", "积极", "大力", "切实", "不断", "加快",
        "强化", "巩固", "保持", "贯彻", "引导", "团结", "带领", "围绕", "聚焦", "突出", "注重", "认真", "努力",
        "全力", "充分", "广泛", "始终", "牢牢", "自觉", "扎实", "着力", "主动", "有效", "进一步", "参与", "促进",
        "实现", "建立", "树立", "培育", "激发", "关心", "关爱", "支持", "鼓励", "抓好", "办好", "用好", "建好",
        "践行", "捍卫", "拥护", "维护", "履行", "我们", "大家", "同志", "各级", "全市", "全省", "广大", "一是",
        "二是", "三是", "四是", "五是", "六是", "七是", "八是", "一要", "二要", "三要", "通过", "作为", "成为",
        "做到", "把握", "领悟", "认识", "形成", "解决", "提出", "强调", "指出", "要求", "加大", "扩大", "投身",
        "开创", "营造", "筑牢", "夯实", "凝聚", "汇聚", "激励", "展现", "彰显", "体现", "确保", "推进落实",
    ]

    /// Redaction marks in the seeds: runs of these stand for names and numbers.
    static func isPlaceholderScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "X", "x", "*", "＊", "×", "Ｘ", "ｘ": return true
        default: return false
        }
    }

    /// Whether a term is noise whatever its statistics: a single character, or containing a redaction
    /// placeholder (runs of X/x, *, ＊ or ×, which the seeds use for names and numbers).
    static func isPlaceholderOrTooShort(_ term: String) -> Bool {
        var scalarCount = 0
        for scalar in term.unicodeScalars {
            if isPlaceholderScalar(scalar) { return true }
            scalarCount += 1
        }
        return scalarCount < 2
    }
}
