extension KeywordDiscovery.Options {
    /// A numeric setting of the glossary's `discovery:` section: its snake_case name, and how it sets its
    /// property (whole numbers are clamped to 0…Int32.max).
    public struct Setting: Sendable {
        public let name: String
        fileprivate let apply: @Sendable (inout KeywordDiscovery.Options, Double) -> Void

        fileprivate static func whole(_ name: String, _ property: WritableKeyPath<KeywordDiscovery.Options, Int> & Sendable) -> Setting {
            Setting(name: name) { options, value in options[keyPath: property] = Int(max(0, min(value, Double(Int32.max)))) }
        }

        fileprivate static func number(_ name: String, _ property: WritableKeyPath<KeywordDiscovery.Options, Double> & Sendable) -> Setting {
            Setting(name: name) { options, value in options[keyPath: property] = value }
        }
    }

    /// Every setting the glossary may give, in the order the options document them: the one list of names.
    public static let settings: [Setting] = [
        .whole("sample_bytes", \.sampleBytes),
        .whole("min_count", \.minCount),
        .whole("min_speeches", \.minSpeeches),
        .whole("min_length", \.minLength),
        .whole("statistical_min_length", \.statisticalMinLength),
        .whole("max_length", \.maxLength),
        .whole("max_ngram_length", \.maxNGramLength),
        .number("min_cohesion", \.minCohesion),
        .number("min_boundary_entropy", \.minBoundaryEntropy),
        .number("maximality_ratio", \.maximalityRatio),
        .number("min_standalone_share", \.minStandaloneShare),
        .whole("quoted_min_count", \.quotedMinCount),
        .number("quoted_min_share", \.quotedMinShare),
        .number("quoted_min_cjk_share", \.quotedMinCJKShare),
        .whole("max_terms", \.maxTerms),
        .whole("examples", \.examples),
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
