import PortalSupport

extension SiteBuilder {
    /// Stops a build that found no speeches where the output folder holds a site with speeches, unless
    /// `allowEmpty`: a speeches folder that was moved, renamed, linked away or cannot be read must not
    /// replace the published site by an empty one.
    func refuseEmptySite(_ model: SiteModel, log: DiagnosticLog) throws(BuildFailure) {
        guard model.speeches.isEmpty, !options.allowEmpty else { return }
        let previous = Self.publishedSpeechCount(output: options.output)
        guard previous > 0 else { return }
        log.add(
            FileListingError.emptySite(previousSpeeches: previous, output: options.output),
            at: SourceLocation(file: ContentLoader.speechesFolder))
        throw BuildFailure(log.all)
    }

    /// The speech pages of the site in `output`, as its manifest lists them (0 without one).
    static func publishedSpeechCount(output: String) -> Int {
        OutputWriter.manifestFiles(output: output)?.count { SiteRoutes.isSpeechPage(String($0)) } ?? 0
    }
}
