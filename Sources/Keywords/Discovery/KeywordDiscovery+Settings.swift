extension KeywordDiscovery.Options {
    /// A numeric setting of the glossary's `discovery:` section: its snake_case name, and how it sets its
    /// property (whole numbers are clamped to 0…Int32.max).
    public struct Setting: Sendable {
        public let name: String
        fileprivate let apply: @Sendable (inout KeywordDiscovery.Options, Double) -> Void

        fileprivate static func whole(_ name: String, _ property: WritableKeyPath<KeywordDiscovery.Options, Int> & Sendable) -> Setting {
            Setting(name: name) { options, value in options[keyPath: property] = clamped(value) }
        }

        /// A whole number that may be unset (nil: the default rule, as `max_terms`).
        fileprivate static func limit(_ name: String, _ property: WritableKeyPath<KeywordDiscovery.Options, Int?> & Sendable) -> Setting {
            Setting(name: name) { options, value in options[keyPath: property] = clamped(value) }
        }

        private static func clamped(_ value: Double) -> Int { Int(max(0, min(value, Double(Int32.max)))) }

        fileprivate static func number(_ name: String, _ property: WritableKeyPath<KeywordDiscovery.Options, Double> & Sendable) -> Setting {
            Setting(name: name) { options, value in options[keyPath: property] = value }
        }
    }

    /// Every setting the glossary may give, in the order the options document them: the one list of names.
    public static let settings: [Setting] = [
        .whole("sample_bytes", \.sampleBytes),
        .whole("sample_whole_speeches", \.sampleWholeSpeeches),
        .whole("min_count", \.minCount),
        .whole("min_speeches", \.minSpeeches),
        .whole("min_length", \.minLength),
        .whole("statistical_min_length", \.statisticalMinLength),
        .whole("max_length", \.maxLength),
        .number("min_cohesion", \.minCohesion),
        .number("min_boundary_variety", \.minBoundaryVariety),
        .whole("free_word_variety", \.freeWordVariety),
        .number("edge_bound_share", \.edgeBoundShare),
        .number("container_share", \.containerShare),
        .number("nested_share", \.nestedShare),
        .whole("extension_length", \.extensionLength),
        .whole("block_characters", \.blockCharacters),
        .number("general_max_spread", \.generalMaxSpread),
        .whole("general_min_documents", \.generalMinDocuments),
        .number("general_min_spread", \.generalMinSpread),
        .whole("general_min_count", \.generalMinCount),
        .number("general_min_ridf", \.generalMinRIDF),
        .whole("quoted_min_count", \.quotedMinCount),
        .number("quoted_min_share", \.quotedMinShare),
        .number("quoted_min_cjk_share", \.quotedMinCJKShare),
        .number("enumeration_share", \.enumerationShare),
        .number("period_weight", \.periodWeight),
        .number("period_cap", \.periodCap),
        .whole("period_years", \.periodYears),
        .number("contemporary_weight", \.contemporaryWeight),
        .whole("contemporaries", \.contemporaries),
        .number("formula_weight", \.formulaWeight),
        .limit("max_terms", \.maxTerms),
        .whole("min_terms", \.minTerms),
        .number("cut_share", \.cutShare),
        .whole("auto_max_terms", \.autoMaxTerms),
        .whole("examples", \.examples),
    ]

    /// Settings of earlier versions, with the setting that replaced each (nil: the rule is gone).
    public static let retiredSettings: [String: String?] = [
        "min_boundary_entropy": "min_boundary_variety",
        "maximality_ratio": "container_share",
        "min_standalone_share": "nested_share",
        "max_ngram_length": "max_length",
    ]

    /// The settings' names, for messages.
    public static var settingNames: [String] { settings.map(\.name) }

    /// Sets the setting `name`; false when there is no such setting.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        guard let setting = Self.settings.first(where: { $0.name == name }) else { return false }
        setting.apply(&self, value)
        return true
    }
}
