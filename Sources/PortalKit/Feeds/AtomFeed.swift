import PortalSupport

/// An Atom feed of the newest speeches. Feed readers need absolute URLs, so entries use `base_url`;
/// without one the links are relative to the feed, which most readers resolve against the feed's address.
struct AtomFeed {
    let model: SiteModel
    let limit: Int

    func render() -> String {
        let base = model.config.baseURL ?? ""
        let speeches = model.speeches.prefix(limit)
        // The feed changes only when its newest speech does, so builds stay byte-identical.
        let updated = speeches.compactMap(\.date).max()?.rfc3339 ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(model.config.language.escapedForXML)">
              <title>\(model.config.title.escapedForXML)</title>

            """
        if let subtitle = model.config.subtitle ?? model.config.description {
            xml += "  <subtitle>\(subtitle.escapedForXML)</subtitle>\n"
        }
        xml += """
              <link rel="alternate" type="text/html" href="\(SiteRoutes.absolute(SiteRoutes.home.path, base: base).escapedForXML)"/>
              <link rel="self" type="application/atom+xml" href="\(SiteRoutes.absolute(SiteRoutes.feed, base: base).escapedForXML)"/>
              <id>\((base.isEmpty ? "urn:portalgen:" + model.config.title : base).escapedForXML)</id>
              <updated>\(updated)</updated>
              <author><name>\(model.config.title.escapedForXML)</name></author>

            """
        for speech in speeches {
            let url = SiteRoutes.absolute(speech.path.path, base: base)
            let summary = speech.source.metadata.summary ?? speech.body.blocks.first { !$0.isHeading }?.text ?? ""
            xml += """
                  <entry>
                    <title>\(speech.title.escapedForXML)</title>
                    <link rel="alternate" type="text/html" href="\(url.escapedForXML)"/>
                    <id>\((base.isEmpty ? "urn:portalgen:speech:" + speech.source.slug : url).escapedForXML)</id>
                    <updated>\(speech.date?.rfc3339 ?? updated)</updated>
                    <summary>\(summary.replacingLineBreaks.escapedForXML)</summary>

                """
            for keyword in speech.keywords.prefix(8) where model.keywordPage[keyword.keyword] != nil {
                xml += "    <category term=\"\(model.vocabulary[keyword.keyword].term.escapedForXML)\"/>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
