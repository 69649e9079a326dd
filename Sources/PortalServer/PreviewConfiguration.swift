import PortalKit

/// What `portalgen serve` was asked to do.
public struct PreviewConfiguration: Sendable {
    /// The build to run at the start and after every change; its `progress` is called during each build.
    public var build: BuildOptions
    /// The address to listen on; loopback by default, so only this machine sees the preview.
    public var host: String
    /// The port; 0 lets the system pick a free one (the tests do).
    public var port: Int
    /// Seconds between two looks at the watched folders.
    public var pollInterval: Double
    /// Longest wait for a burst of saves to settle before building anyway, in seconds.
    public var maxSettle: Double

    /// Loopback port 8000, looking every 0.3 s, building at most 2 s after the first of a burst of saves.
    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, pollInterval: Double = 0.3,
                maxSettle: Double = 2) {
        self.build = build
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.maxSettle = maxSettle
    }

    /// `content/` and the templates folder: what a build reads, and what is watched for changes.
    public var watchedFolders: [String] {
        let root = build.siteRoot
        let content = root == "." ? "content" : root + "/content"
        let templates = build.templates ?? (root == "." ? "templates" : root + "/templates")
        return [content, templates]
    }
}
