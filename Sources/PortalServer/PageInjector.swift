import PortalKit

/// Adds the preview's pieces to an HTML page on its way to the browser (never to the file on disk): the
/// reload script, the error banner when the last build failed, and for the 404 page a `<base>` so that its
/// links, written for the site's root, work at any depth.
enum PageInjector {
    static func scriptTag(version: String) -> String {
        "<script src=\"\(PreviewAssets.scriptPath)\" data-version=\"\(BuildErrorOverlay.escape(version))\" defer></script>"
    }

    /// - Parameter failure: the last build's errors, and the language of the site they are shown over.
    static func inject(
        into page: [UInt8], version: String, failure: (BuildFailure, MessageLanguage)?, baseAtRoot: Bool
    ) -> [UInt8] {
        var tail = "\n"
        if let (failure, language) = failure {
            tail += "<link rel=\"stylesheet\" href=\"\(PreviewAssets.stylePath)\">\n"
                + BuildErrorOverlay.banner(failure, in: language) + "\n"
        }
        tail += scriptTag(version: version) + "\n"
        var result = page
        let bodyEnd = lastIndex(of: "</body", in: result) ?? result.count
        result.insert(contentsOf: Array(tail.utf8), at: bodyEnd)
        if baseAtRoot, let headEnd = endOfHeadTag(in: result) {
            result.insert(contentsOf: Array("\n<base href=\"/\">".utf8), at: headEnd)
        }
        return result
    }

    /// Just past `<head>` or `<head …>` (not `<header>`), case-insensitively.
    private static func endOfHeadTag(in page: [UInt8]) -> Int? {
        var from = 0
        while let start = firstIndex(of: "<head", in: page, from: from) {
            let next = start + 5
            guard next < page.count else { return nil }
            if page[next] == UInt8(ascii: ">") { return next + 1 }
            if [0x20, 0x09, 0x0A, 0x0D].contains(page[next]) {
                return page[next...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
            }
            from = next
        }
        return nil
    }

    private static func firstIndex(of needle: String, in page: [UInt8], from: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard page.count >= pattern.count else { return nil }
        var index = from
        while index <= page.count - pattern.count {
            if matches(pattern, in: page, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func lastIndex(of needle: String, in page: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard page.count >= pattern.count else { return nil }
        var index = page.count - pattern.count
        while index >= 0 {
            if matches(pattern, in: page, at: index) { return index }
            index -= 1
        }
        return nil
    }

    /// ASCII case-insensitive comparison; `pattern` is lower case.
    private static func matches(_ pattern: [UInt8], in page: [UInt8], at index: Int) -> Bool {
        for offset in 0..<pattern.count {
            var byte = page[index + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != pattern[offset] { return false }
        }
        return true
    }
}
