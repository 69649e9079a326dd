/// The list definitions of numbering.xml: abstract definitions (`w:abstractNum`) with their
/// levels, and the instances paragraphs refer to (`w:num`), with their overrides.
struct NumberingDefinitions {
    /// One `w:lvl`.
    struct Level {
        var start = 1
        var format = "decimal"
        /// `w:lvlText`, e.g. `%1、` or `（%1）`; nil when absent (nothing is shown).
        var text: String?
        /// `w:lvlRestart` (1-based level whose use restarts this one; 0 never); nil restarts
        /// after any higher level.
        var restartAfter: Int?
        /// `w:isLgl`: every level shown as a decimal number.
        var isLegal = false
        /// `w:suff`: `tab` (the default), `space` or `nothing`.
        var suffix = "tab"
        /// `w:pStyle`: the paragraph style this level belongs to.
        var styleID: String?
        /// The font of the level text, for bullets drawn from symbol fonts.
        var font: String?
    }

    struct Abstract {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the levels live in the definition linked to this numbering style.
        var numberingStyleLink: String?
    }

    struct Instance {
        var abstractID: Int
        /// `w:lvlOverride/w:startOverride` by level.
        var startOverrides: [Int: Int] = [:]
        /// `w:lvlOverride/w:lvl`: levels replaced for this instance only.
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]

    /// The abstract definition an instance uses, following `w:numStyleLink` through the
    /// numbering style to the definition that holds the levels (a few hops at most).
    func abstractID(of instance: Instance, styles: StyleSheet) -> Int? {
        var id = instance.abstractID
        for _ in 0..<4 {
            guard let abstract = abstracts[id] else { return nil }
            guard let link = abstract.numberingStyleLink,
                  let linked = styles.definitions[link]?.numberingID,
                  let next = instances[linked]?.abstractID, next != id else { return id }
            id = next
        }
        return id
    }

    /// The level of the list `numberingID` whose `w:pStyle` is `styleID`, for a style that
    /// names its list but not its level.
    func level(ofStyle styleID: String, in numberingID: Int, styles: StyleSheet) -> Int? {
        guard let instance = instances[numberingID], let id = abstractID(of: instance, styles: styles) else { return nil }
        return abstracts[id]?.levels.first { $0.value.styleID == styleID }?.key
    }
}
