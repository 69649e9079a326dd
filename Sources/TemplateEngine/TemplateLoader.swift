/// Where `TemplateLibrary(loader:displayRoot:)` finds its templates, by name. The engine reads no file
/// itself, so that it depends on nothing: the site hands it a loader over its templates folder, a test one
/// over a dictionary.
public protocol TemplateLoader {
    /// Every template's name: its path below the templates folder without `.mustache` (`speech`,
    /// `partials/header`), in any order.
    func templateNames() throws(TemplateLoadingFailure) -> [String]

    /// The bytes of template `name` (UTF-8; a byte-order mark is allowed).
    func bytes(of name: String) throws(TemplateLoadingFailure) -> [UInt8]
}

/// Why a loader could not list or read a template.
public struct TemplateLoadingFailure: Error, Sendable, Equatable {
    /// Below the templates folder: a file (`partials/header.mustache`) or a folder (empty for the folder
    /// itself).
    public var path: String
    /// In the system's words, e.g. "Permission denied".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
