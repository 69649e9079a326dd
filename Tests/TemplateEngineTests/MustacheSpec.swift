import Foundation
import TemplateEngine

/// One test from the official Mustache spec's JSON files.
struct SpecCase: Sendable, CustomStringConvertible {
    let file: String
    let name: String
    let template: String
    let partials: [String: String]
    let data: TemplateValue
    let expected: String

    var description: String { "\(file): \(name)" }
}

/// Loads the spec from `../shared/mustache-spec` next to the repository (not a copy), as CI lays it out.
enum MustacheSpec {
    /// Every module except `~lambdas`, which needs per-language code and is optional.
    static let files = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json",
        "sections.json", "~dynamic-names.json", "~inheritance.json",
    ]

    static var directory: URL {
        // Resolve symbolic links first: a test package may link to this folder from elsewhere.
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // TemplateEngineTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // the repository
            .deletingLastPathComponent()  // its parent, which holds `shared`
            .appendingPathComponent("shared/mustache-spec")
    }

    /// All cases, or a single failing placeholder case that explains why the files could not be read.
    static let cases: [SpecCase] = {
        do {
            return try files.flatMap(load)
        } catch {
            return [SpecCase(
                file: "(missing)", name: "\(error)", template: "", partials: [:], data: .null,
                expected: "the spec files must be readable at \(directory.path)")]
        }
    }()

    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    static func load(_ file: String) throws -> [SpecCase] {
        let url = directory.appendingPathComponent(file)
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
        guard let root = json as? [String: Any], let tests = root["tests"] as? [[String: Any]] else {
            throw LoadError(description: "\(url.path): no \"tests\" array")
        }
        return try tests.map { test in
            guard let name = test["name"] as? String, let template = test["template"] as? String,
                let expected = test["expected"] as? String
            else {
                throw LoadError(description: "\(url.path): a test lacks name, template or expected")
            }
            return SpecCase(
                file: file, name: name, template: template,
                partials: test["partials"] as? [String: String] ?? [:],
                data: value(test["data"] ?? NSNull()), expected: expected)
        }
    }

    /// JSON to `TemplateValue`: integers become `.int`, other numbers `.double`.
    static func value(_ json: Any) -> TemplateValue {
        switch json {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "f", "d": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let list as [Any]:
            return .list(list.map(value))
        case let map as [String: Any]:
            return .map(map.mapValues(value))
        default:
            return .null
        }
    }
}
