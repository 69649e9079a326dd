/// The names the fields of an editor's YAML file go by: each field's English name, and the Chinese names an
/// editor may write instead (`标题: …` is `title: …`).
struct FieldNames: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        let name: String
        let aliases: [String]
    }

    /// Each field's English name and its Chinese aliases, in the order the guide lists them.
    let fields: [Field]
    private let byWritten: [String: String]

    init(_ fields: [(name: String, aliases: [String])]) {
        self.fields = fields.map { Field(name: $0.name, aliases: $0.aliases) }
        var byWritten: [String: String] = [:]
        for (name, aliases) in fields {
            byWritten[name] = name
            for alias in aliases { byWritten[alias] = name }
        }
        self.byWritten = byWritten
    }

    /// A file whose fields have no other names (a theme's labels).
    static let none = FieldNames([])

    /// The field `written` names: its English name, whichever way it was written; nil for an unknown field.
    func field(_ written: String) -> String? { byWritten[written] }

    /// The English names.
    var names: [String] { fields.map(\.name) }

    /// The nearest spelling to an unknown field's, in either language (`titel` → `title`, `标提` → `标题`).
    func suggestion(for written: String) -> String? {
        written.closest(in: fields.flatMap { [$0.name] + $0.aliases })
    }

    /// `title (标题), date (日期), …`, for hints that list the fields.
    var list: Message.Argument {
        .list(fields.map { field in
            field.aliases.isEmpty
                ? .text(field.name)
                : .message(Message(.fieldAndAlias, texts: ["name": field.name, "alias": field.aliases.joined(separator: "/")]))
        })
    }

    /// The front matter of a speech.
    static let speech = FieldNames([
        ("title", ["标题"]), ("date", ["日期"]), ("occasion", ["场合"]), ("speaker", ["讲话人"]), ("place", ["地点"]),
        ("source", ["来源"]), ("summary", ["摘要"]), ("keywords", ["关键词"]), ("draft", ["草稿"]), ("slug", ["网址名"]),
    ])

    /// `content/site.yml`.
    static let site = FieldNames([
        ("title", ["网站名称"]), ("subtitle", ["副标题"]), ("description", ["网站简介"]), ("base_url", ["网址"]),
        ("language", ["语言"]), ("latest_count", ["首页篇数"]), ("reading_speed", ["阅读速度"]),
        ("keyword_context_speeches", ["关键词例句篇数"]), ("keyword_page_speeches", ["关键词每页篇数"]),
        ("archive_page_speeches", ["归档每页篇数"]), ("compilation_page_excerpts", ["摘编每页段数"]),
        ("compilations", ["原文摘编"]), ("compilation_max_share", ["摘编最高比例"]),
        (SiteConfig.linksOutsideSiteField, ["允许站外链接"]),
    ])

    /// The top of `content/keywords.yml`.
    static let glossary = FieldNames([
        ("keywords", ["关键词"]), ("groups", ["分组"]), ("deny", ["排除"]), ("discovery", ["自动发现"]),
    ])

    /// An entry of `content/keywords.yml`'s list.
    static let glossaryEntry = FieldNames([
        ("term", ["词条"]), ("aliases", ["别名"]), ("formerly", ["曾用名"]), ("description", ["说明"]), ("group", ["分组"]),
        ("related", ["相关"]), ("compilation", ["原文摘编"]),
    ])
}
