import PortalKit

/// What `portalgen serve` was asked to do.
public struct PreviewConfiguration: Sendable {
    /// The build to run at the start and after every change; its `progress` is called during each build.
    /// Its output folder is where the preview is built: see `previewFolder(siteRoot:)`.
    public var build: BuildOptions
    /// The address to listen on; loopback by default, so only this machine sees the preview.
    public var host: String
    /// The port; 0 lets the system pick a free one (the tests do).
    public var port: Int
    /// Look for changes by comparing the folders every `pollInterval` instead of asking the system to
    /// report them (inotify): for folders on network drives and in shared folders of virtual machines,
    /// whose changes the system does not report. Polling is also used wherever inotify is not available.
    public var polling: Bool
    /// Seconds between two looks at the watched folders when polling.
    public var pollInterval: Double
    /// With inotify, how long the folders must stay quiet after an event before the build starts: editors
    /// save in bursts (a temporary file, a rename, a backup), which become one build.
    public var quietPeriod: Double
    /// Longest wait for a burst of saves to settle before building anyway, in seconds.
    public var maxSettle: Double
    /// How many clients are served at once and how long each may take; the tests make them small.
    var connectionLimits = ConnectionLimits()

    /// Loopback port 8000, events from inotify (20 ms of quiet make a burst) or else a look every 0.3 s,
    /// building at most 2 s after the first of a burst of saves.
    public init(build: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, polling: Bool = false,
                pollInterval: Double = 0.3, quietPeriod: Double = 0.02, maxSettle: Double = 2) {
        self.build = build
        self.host = host
        self.port = port
        self.polling = polling
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
        self.maxSettle = maxSettle
    }

    /// Where the preview is built unless `--output` says otherwise: `.portalgen-cache/preview` in the site
    /// folder, never the `public/` that `portalgen build` writes and that gets published.
    public static func previewFolder(siteRoot: String) -> String {
        (siteRoot == "." ? "" : siteRoot + "/") + ".portalgen-cache/preview"
    }

    /// `content/` and the templates folder: what a build reads, and what is watched for changes.
    public var watchedFolders: [String] {
        let root = build.siteRoot
        let content = root == "." ? "content" : root + "/content"
        let templates = build.templates ?? (root == "." ? "templates" : root + "/templates")
        return [content, templates]
    }
}
