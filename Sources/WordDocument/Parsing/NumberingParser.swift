/// Reads numbering.xml into `NumberingDefinitions`.
final class NumberingParser: XMLPartHandler {
    private(set) var definitions = NumberingDefinitions()
    private var abstractID: Int?
    private var abstract = NumberingDefinitions.Abstract()
    private var instanceID: Int?
    private var instance = NumberingDefinitions.Instance(abstractID: -1)
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level = NumberingDefinitions.Level()

    func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        guard name.namespace == .word else { return true }
        switch name.local {
        case "numPicBullet", "pPr": return false
        case "abstractNum":
            abstractID = attributes.integer("abstractNumId")
            abstract = NumberingDefinitions.Abstract()
        case "num":
            instanceID = attributes.integer("numId")
            instance = NumberingDefinitions.Instance(abstractID: -1)
        case "abstractNumId" where instanceID != nil: instance.abstractID = attributes.integer() ?? -1
        case "lvlOverride": overrideLevel = attributes.integer("ilvl")
        case "startOverride": if let index = overrideLevel { instance.startOverrides[index] = attributes.integer() }
        case "numStyleLink": abstract.numberingStyleLink = attributes["val"]
        case "lvl":
            levelIndex = attributes.integer("ilvl")
            level = NumberingDefinitions.Level()
        default: levelProperty(name.local, attributes)
        }
        return true
    }

    private func levelProperty(_ local: String, _ attributes: XMLAttributes) {
        guard levelIndex != nil else { return }
        switch local {
        case "start": level.start = attributes.integer() ?? 1
        case "numFmt": level.format = attributes["val"] ?? "decimal"
        case "lvlText": level.text = attributes["val"]
        case "lvlRestart": level.restartAfter = attributes.integer()
        case "isLgl": level.isLegal = attributes.isOn()
        case "suff": level.suffix = attributes["val"] ?? "tab"
        case "pStyle": level.styleID = attributes["val"]
        case "rFonts": level.font = attributes["ascii"] ?? attributes["hAnsi"]
        default: break
        }
    }

    func endElement(_ name: XMLName, parent: XMLName?) {
        guard name.namespace == .word else { return }
        switch name.local {
        case "lvl":
            if let override = overrideLevel, instanceID != nil {
                instance.levelOverrides[override] = level
            } else if let index = levelIndex, (0...8).contains(index) {
                abstract.levels[index] = level
            }
            levelIndex = nil
        case "lvlOverride": overrideLevel = nil
        case "abstractNum":
            if let id = abstractID, definitions.abstracts[id] == nil { definitions.abstracts[id] = abstract }
            abstractID = nil
        case "num":
            if let id = instanceID, definitions.instances[id] == nil { definitions.instances[id] = instance }
            instanceID = nil
        default: break
        }
    }

    func characters(_ text: String, in element: XMLName) {}
}
