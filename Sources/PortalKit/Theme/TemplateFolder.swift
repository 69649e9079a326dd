import PortalSupport
import TemplateEngine

/// The templates folder, as the template engine reads it: every `*.mustache` file below it, linked folders
/// followed, hidden files and folders (editors' backups and lock files) left out.
struct TemplateFolder: TemplateLoader {
    let directory: String

    /// Folders nested deeper than this are not read: a guard against link loops the walk does not see.
    static let maximumDepth = 32
    /// No template is anywhere near this: a larger file is not one (or not one to load whole).
    static let maximumFileSize = 16 << 20

    func templateNames() throws(TemplateLoadingFailure) -> [String] {
        guard FileSystem.isDirectory(directory) else { throw TemplateLoadingFailure(path: "", reason: "no such folder") }
        var walker = DirectoryWalker()
        walker.followsLinkedFolders = true
        walker.maxDepth = Self.maximumDepth
        walker.skips = { $0.hasPrefix(".") }
        let listing = walker.listing(under: directory)
        if let loop = listing.skipped.first(where: { $0.reason == .linkLoop }) {
            throw TemplateLoadingFailure(path: loop.path, reason: "a symbolic-link loop")
        }
        let suffix = TemplateLibrary.fileExtension
        return listing.files.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
    }

    func bytes(of name: String) throws(TemplateLoadingFailure) -> [UInt8] {
        let file = name + TemplateLibrary.fileExtension
        do throws(FileSystem.ReadRefusal) {
            return try FileSystem.readSmallFile(directory + "/" + file, limit: Self.maximumFileSize)
        } catch {
            let reason = switch error {
            case .notRegularFile: "not a regular file"
            case .tooLarge(let size): "\(size) bytes, more than a template can be"
            case .unreadable(let reason): reason
            }
            throw TemplateLoadingFailure(path: file, reason: reason)
        }
    }
}
