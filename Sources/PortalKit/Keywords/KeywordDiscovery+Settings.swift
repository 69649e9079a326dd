extension KeywordDiscovery.Options {
    /// The numeric settings of the glossary's `discovery:` section, by their snake_case names.
    static let settingNames = [
        "sample_bytes", "min_count", "min_speeches", "min_length", "statistical_min_length", "max_length",
        "max_ngram_length", "min_cohesion", "min_boundary_entropy", "maximality_ratio", "min_standalone_share",
        "quoted_min_count",
        "quoted_min_share", "quoted_min_cjk_share", "max_terms", "examples",
    ]

    /// Sets the setting `name`; false when there is no such setting.
    mutating func set(_ name: String, to value: Double) -> Bool {
        let whole = Int(max(0, min(value, Double(Int32.max))))
        switch name {
        case "sample_bytes": sampleBytes = whole
        case "min_count": minCount = whole
        case "min_speeches": minSpeeches = whole
        case "min_length": minLength = whole
        case "statistical_min_length": statisticalMinLength = whole
        case "max_length": maxLength = whole
        case "max_ngram_length": maxNGramLength = whole
        case "min_cohesion": minCohesion = value
        case "min_boundary_entropy": minBoundaryEntropy = value
        case "maximality_ratio": maximalityRatio = value
        case "min_standalone_share": minStandaloneShare = value
        case "quoted_min_count": quotedMinCount = whole
        case "quoted_min_share": quotedMinShare = value
        case "quoted_min_cjk_share": quotedMinCJKShare = value
        case "max_terms": maxTerms = whole
        case "examples": examples = whole
        default: return false
        }
        return true
    }
}
