import PortalKit

/// What the preview server tells the terminal, in order, from the thread that builds.
public enum PreviewEvent: Sendable {
    /// A build starts; `changes` lists the files that were edited (empty for the first build).
    case building(changes: [String])
    /// The build succeeded and the new site is being served.
    case built(BuildReport)
    /// The build failed; the browser shows the same errors over the last good site.
    case failed(BuildFailure)
}
