extension KeywordDiscovery {
    // Written Chinese of any domain: function characters and words, and the verbs and adverbs that govern
    // a term in speeches and reports. None of these lists names a topic.

    /// Particles that are never part of a term's edge, and inside a long string make it a phrase
    /// (社会上最受尊重的职业).
    static let particles: Set<Character> = Set("的了着们吗呢吧啊")

    /// Function characters that also form words with a neighbour (中国, 和谐, 上级, 就业, 过渡, 原则): at a
    /// term's edge only when the rest of the term does not end (begin) with a free word on that side
    /// (基础|上, 条件|下 and 在|改革 are phrases; 四项基本原|则 and 过|渡时期总路线 are not).
    static let wordFormingFunctionCharacters: Set<Character> = Set(
        "过地得之其这那该此所给让使被把将从向对为于与及等并或但而则即已才都也又还再很就各每是在和以中上下里来去起好有要到次会"
    )

    /// Determiners and pronouns that begin no term (各项工作, 这些问题, 我国经济).
    static let determiners: Set<Character> = Set("各每该此这那其我你他她它")

    /// Particles that, next to a string, show a word boundary there: they rarely begin or end another word.
    static let boundaryParticles: Set<Character> = Set("的了是把被等并或也都又和与及")

    /// Inside a counted string of seven characters or more, one of these makes it a phrase
    /// (学习和贯彻过渡时期总路线); quoted phrases may hold them.
    static let phraseCharacters: Set<Character> = Set("的和与及把被并而或了着")

    /// Words that begin no term: prepositions, connectives, and a numeral with a general measure word.
    static let leadingFunctionWords: [String] = [
        "对于", "关于", "由于", "通过", "按照", "根据", "为了", "以及", "并且", "而且", "如果", "虽然", "但是",
        "因此", "所以", "就是", "还是", "已经", "正在", "进行", "以便", "以免", "以此", "从而", "进而",
        "一项", "一个", "一种", "一批", "一系列", "一些", "这一", "这个", "这些", "那个", "每个", "各个",
    ]

    /// Words that end no term: postpositions and complements.
    static let trailingFunctionWords: [String] = [
        "以来", "以后", "以前", "之后", "之前", "之中", "之间", "方面", "当中", "期间", "时候", "之际", "起来",
        "下来", "出来", "上来", "进去", "的话", "而言", "来说",
    ]

    /// Numerals that open a numbered formula (四项基本原则, 两个确立, 一国两制), with the measure words that
    /// follow them in one.
    static let formulaNumerals: Set<Character> = Set("一二三四五六七八九十两双百千万")
    static let formulaMeasureWords: Set<Character> = Set("个项条种大位点类")

    /// Governing verbs and adverbs of speech language: a term does not start with one followed by a term or
    /// a free word (坚持|四项基本原则), and one standing just before a string is a free boundary. Only words
    /// that are nearly always verbs or adverbs: 保障, 发展 or 组织 also begin nouns (保障性住房, 组织部).
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
        "逐步", "稳步", "坚决", "必须", "要把", "实行", "执行", "搞好", "抓紧", "继续", "打赢", "打好", "守住",
        "守牢", "端牢", "建设", "建成", "完成", "推行", "坚守", "拓展", "加速", "掀起", "兴起", "反对", "防止",
        "克服", "消除", "战胜", "夺取", "赢得", "争取", "取得", "获得", "走好", "坚定", "遵循", "依靠", "面向",
        "适应", "融入", "学好", "保证", "推广", "普及", "提倡", "倡导", "搞活", "改进", "遵守", "制定",
        "动员", "号召", "加紧", "抓住", "确立", "发动", "开辟",
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

    /// A numbered formula: a numeral, then a measure word or, further on, a second numeral (四项基本原则,
    /// 两个确立, 一国两制, 三去一降一补).
    static func isNumberedFormula(_ term: String) -> Bool {
        let characters = Array(term)
        guard characters.count >= 2, formulaNumerals.contains(characters[0]) else { return false }
        return formulaMeasureWords.contains(characters[1]) || characters.dropFirst(2).contains(where: formulaNumerals.contains)
    }
}
