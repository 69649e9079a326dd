import PortalSupport

/// The words the build itself writes into pages (navigation, page titles and descriptions, dates, the keyword
/// chart's summary, the tooltip of keyword links in speeches, the numbers of later pages of long lists), read
/// from the theme's `labels.yml`. A theme in another language translates them there; the templates hold the
/// rest of its words.
///
/// A label's text may name values in braces (`{term}`); `Key.placeholders` says which each label has.
struct ThemeLabels: Sendable {
    /// Every label a theme gives, by its name in `labels.yml`.
    enum Key: String, CaseIterable, Sendable {
        /// Navigation, breadcrumbs and page titles.
        case home, archive, keywords, search
        case notFound = "not_found"
        /// Page descriptions (`<meta name="description">`).
        case archiveDescription = "archive_description"
        case keywordsDescription = "keywords_description"
        case searchDescription = "search_description"
        case keywordDescription = "keyword_description"
        /// The description of a published keyword address that now leads elsewhere.
        case redirectDescription = "redirect_description"
        /// The tooltip of a keyword's link in a speech.
        case keywordLinkTitle = "keyword_link_title"
        /// Dates as precise as they are known: a year, a month, a day.
        case dateYear = "date_year"
        case dateMonth = "date_month"
        case dateDay = "date_day"
        /// A month in the archive, under its year.
        case month
        /// The archive's heading for speeches of unknown date.
        case undated
        /// The keyword chart's summary: one item per year, joined by the separator.
        case chartYear = "chart_year"
        case listSeparator = "list_separator"
        /// The keyword index's group of keywords when there are no groups, and of those in none.
        case allKeywords = "all_keywords"
        case otherKeywords = "other_keywords"
        /// The keyword index's group of retired keywords whose pages are kept.
        case formerKeywords = "former_keywords"
        /// The archive's heading for the speeches of a year whose month is not known, and their page's title.
        case monthUnknown = "month_unknown"
        case yearMonthUnknown = "year_month_unknown"
        /// The description of an archive page: a year's or a month's speeches.
        case archiveListDescription = "archive_list_description"
        /// Page 2 and later of a long list: the last breadcrumb, and the page's title.
        case pageNumber = "page_number"
        case pagedTitle = "paged_title"
        /// A keyword's compilation (原文摘编): its breadcrumb, its title and its description.
        case compilation
        case compilationTitle = "compilation_title"
        case compilationDescription = "compilation_description"

        /// The values the label's text may name.
        var placeholders: Set<String> {
            switch self {
            case .keywordDescription: ["term", "speeches", "mentions"]
            case .keywordLinkTitle, .redirectDescription: ["term"]
            case .dateYear: ["year"]
            case .dateMonth: ["year", "month"]
            case .dateDay: ["year", "month", "day"]
            case .month: ["month"]
            case .chartYear: ["year", "mentions"]
            case .compilationTitle: ["term"]
            case .compilationDescription: ["term", "speeches", "paragraphs"]
            case .yearMonthUnknown: ["year"]
            case .archiveListDescription: ["period", "count"]
            case .pageNumber: ["page"]
            case .pagedTitle: ["title", "page"]
            default: []
            }
        }
    }

    static let fileName = "labels.yml"

    private let texts: [Key: String]

    /// - Parameter texts: a text for every key.
    init(texts: [Key: String]) {
        precondition(Key.allCases.allSatisfy { texts[$0] != nil }, "every label needs a text")
        self.texts = texts
    }

    /// The label's text with its placeholders filled in.
    func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        PlaceholderText.fill(texts[key] ?? "", values)
    }

    /// `2023年`, `2023年10月`, `2023年10月23日`.
    func date(_ date: SpeechDate) -> String {
        var values = ["year": String(date.year)]
        guard let month = date.month else { return text(.dateYear, values) }
        values["month"] = String(month)
        guard let day = date.day else { return text(.dateMonth, values) }
        values["day"] = String(day)
        return text(.dateDay, values)
    }

    /// A year of the archive, or its undated speeches.
    func year(_ year: Int?) -> String {
        year.map { text(.dateYear, ["year": String($0)]) } ?? text(.undated)
    }

    /// A month of the archive with its year, `2023年10月`, or the year's speeches whose month is not known.
    func month(_ month: Int?, of year: Int) -> String {
        guard let month else { return text(.yearMonthUnknown, ["year": String(year)]) }
        return text(.dateMonth, ["year": String(year), "month": String(month)])
    }

    /// A month under its year's heading, `10月`, or `月份不详`.
    func month(_ month: Int?) -> String {
        month.map { text(.month, ["month": String($0)]) } ?? text(.monthUnknown)
    }
}
