/// What a build did, for the line it ends with.
public struct BuildReport: Sendable {
    public var speeches: Int
    public var keywords: Int
    public var filesWritten: Int
    public var filesUnchanged: Int
    /// Pages rendered from their templates; the others were unchanged since the last build and kept.
    public var pagesRendered: Int
    /// Nothing changed since the last build, so nothing was done.
    public var upToDate: Bool
    public var seconds: Double
    public var warnings: [Diagnostic]
    /// One stage of a build, for `--verbose`: its time, and the process's peak memory when it ended.
    public struct Stage: Sendable {
        public var stage: BuildStage
        public var seconds: Double
        /// nil where the system does not say.
        public var peakMiB: Int?

        /// `  render: 5114 ms, peak 480 MiB`
        public var line: StatusLine { .stageTime(stage, milliseconds: Int(seconds * 1000), peakMiB: peakMiB) }
    }

    /// The stages, in order.
    public var stages: [Stage]
    public var output: String
    /// The speeches that took a title, date, occasion or speaker from their text or file name, for `build -v`.
    public var valuesFromDocuments: [SpeechValues] = []

    /// `built 5 speeches, 42 keywords: 65 pages and files (8 written, 57 unchanged; 9 pages rendered) in 0.21 s`
    public var summary: StatusLine {
        let time = seconds < 10 ? String(Double(Int(seconds * 100)) / 100) : String(Int(seconds.rounded()))
        if upToDate {
            return .upToDate(speeches: speeches, keywords: keywords, files: filesUnchanged, seconds: time)
        }
        return .built(
            speeches: speeches, keywords: keywords, written: filesWritten, unchanged: filesUnchanged,
            rendered: pagesRendered, seconds: time)
    }
}

/// A speech's title, date, occasion and speaker, and where each came from.
public struct SpeechValues: Sendable {
    /// The file, as printed in messages.
    public var path: String
    public var metadata: SpeechMetadata
    public var origins: ValueOrigins

    init(_ source: SpeechSource) {
        path = source.path
        metadata = source.metadata
        origins = source.origins
    }

    /// `path:` and one indented line per value.
    public var statusLines: [StatusLine] { [.speechFile(path)] + origins.statusLines(for: metadata) }
}
