import Foundation

/// The repository the tests run in.
public enum Repository {
    /// Found from this file's place in it: `Tests/PortalTestSupport/`.
    public static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
