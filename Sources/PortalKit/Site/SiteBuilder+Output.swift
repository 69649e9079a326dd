import TemplateEngine

extension SiteBuilder {
    /// Render and write: every page through its template, in parallel, straight to the staging folder; then
    /// the theme's static files, the feed, the sitemap and robots.txt.
    func writeSite(_ model: SiteModel, templates: TemplateLibrary, writer: OutputWriter, log: DiagnosticLog) throws(BuildFailure) {
        let views = SiteViews(model: model)
        let strict = options.strict
        let results = (0..<views.allPages).parallelMap { number -> (PagePath, [UnresolvedName], Diagnostic?) in
            let view = views.page(number)
            var html = ""
            html.reserveCapacity(32 * 1024)
            var unresolved: [UnresolvedName] = []
            do {
                try templates.render(view.template, context: view.context, into: &html, strict: strict, unresolved: &unresolved)
                try writer.write(view.path.path, html.utf8)
            } catch let error as TemplateError {
                return (view.path, unresolved, TemplateLoader.diagnostic(for: error))
            } catch {
                return (view.path, unresolved, Self.writeFailure(error))
            }
            return (view.path, unresolved, nil)
        }
        var reported: Set<UnresolvedName> = []
        for (page, unresolved, failure) in results {
            if let failure { log.add(failure) }
            for name in unresolved where reported.insert(name).inserted {
                log.add(.error(
                    at: SourceLocation(file: templates.file(of: name.template) ?? name.template, line: name.line, column: name.column),
                    "`\(name.name)` is not provided by the page (first seen on \(page.path))",
                    hint: "check the spelling: the names each page provides are listed in the README under Templates"))
            }
        }

        let extras: [(String, [UInt8])] = [
            ("feed.xml", Array(AtomFeed(model: model, limit: 20).render().utf8)),
            ("sitemap.xml", Array(Sitemap(model: model).render(pages: (0..<views.allPages).map(views.path(of:))).utf8)),
            ("robots.txt", Array(Sitemap(model: model).robots().utf8)),
        ]
        let staticFolder = options.templatesFolder + "/" + TemplateLoader.staticFolder
        let staticFiles = TemplateLoader.staticFiles(in: options.templatesFolder).map { file in
            ("static/" + file, FileSystem.readBytes(staticFolder + "/" + file))
        }
        for (path, bytes) in extras + staticFiles.compactMap({ file in file.1.map { (file.0, $0) } }) {
            do {
                try writer.write(path, bytes)
            } catch {
                log.add(Self.writeFailure(error))
            }
        }
        if log.hasErrors { throw BuildFailure(log.all) }
    }

    static func writeFailure(_ error: any Error) -> Diagnostic {
        if let failure = error as? FileSystem.Failure {
            return .error(at: SourceLocation(file: failure.path), failure.description,
                          hint: "check free disk space and permissions; the previous site was left as it was")
        }
        return .error(at: nil, "\(error)")
    }
}
