/// A broken link or an unreachable page of a built site, for `portalgen check`; the place is the page.
enum CheckProblem: Reportable, Equatable {
    case emptyLink(String)
    case absoluteLink(String)
    case brokenPercentEncoding(String)
    case linkLeavesSite(String)
    case missingTarget(link: String, target: String)
    case missingAnchor(link: String, fragment: String, target: String)
    case noHomePage
    case unreachable

    var message: Message {
        switch self {
        case .emptyLink(let link): Message(.emptyLink, texts: ["link": link])
        case .absoluteLink(let link): Message(.absoluteLink, texts: ["link": link])
        case .brokenPercentEncoding(let link): Message(.brokenPercentEncoding, texts: ["link": link])
        case .linkLeavesSite(let link): Message(.linkLeavesSite, texts: ["link": link])
        case let .missingTarget(link, target): Message(.missingLinkTarget, texts: ["link": link, "target": target])
        case let .missingAnchor(link, fragment, target):
            Message(.missingAnchor, texts: ["link": link, "fragment": fragment, "target": target])
        case .noHomePage: Message(.noHomePage)
        case .unreachable: Message(.unreachablePage)
        }
    }

    var hint: Message? { nil }
}
