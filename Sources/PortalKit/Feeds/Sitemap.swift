import PortalSupport

/// `sitemap.xml` for search engines, and `robots.txt` pointing at it. Both need absolute URLs, so they use
/// `base_url`; without it the sitemap lists paths relative to the site root.
struct Sitemap {
    let model: SiteModel

    func render(pages: [PagePath]) -> String {
        var lastModified: [PagePath: String] = [:]
        for speech in model.speeches {
            if let date = speech.date, date.day != nil { lastModified[speech.path] = date.description }
        }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages {
            let location = SiteRoutes.sitemapLocation(of: page, base: model.config.baseURL)
            xml += "  <url><loc>\(location.escapedForXML)</loc>"
            if let modified = lastModified[page] { xml += "<lastmod>\(modified)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = model.config.baseURL { text += "\nSitemap: \(SiteRoutes.absolute(SiteRoutes.sitemap, base: base))\n" }
        return text
    }
}
