/// A request the server answers with an error status instead of a file: malformed, too large, or asking for
/// a path that could leave the site's folder.
struct HTTPRejection: Error, Sendable, Equatable {
    var status: Int
    /// One line for the response body; it never repeats the request's bytes.
    var reason: String

    init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
