/// One response: status, header fields and a body the connection sends.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        /// The file, or the bytes of `range` of it.
        case file(OpenFile, range: Range<Int>? = nil)
        /// The live-reload event stream; the connection writes events until the client or the server leaves.
        case events
    }

    var status: Int
    var fields: [(name: String, value: String)]
    var body: Body

    init(status: Int, fields: [(name: String, value: String)] = [], body: Body) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// A short plain-text answer, for errors and redirects.
    static func text(_ status: Int, _ message: String, fields: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(
            status: status, fields: [("Content-Type", MediaType.plainText)] + fields,
            body: .bytes(Array((message + "\n").utf8)))
    }

    static func rejection(_ rejection: HTTPRejection) -> HTTPResponse {
        text(rejection.status, "\(rejection.status) \(reason(rejection.status)): \(rejection.reason)")
    }

    var contentLength: Int? {
        switch body {
        case .bytes(let bytes): bytes.count
        case .file(let file, let range): range?.count ?? file.size
        case .events: nil
        }
    }

    /// The status line and fields. Every response of the preview server is revalidated by the browser
    /// (`no-cache`), so an edited page is never served from the browser's cache.
    func head(closing: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for field in fields { text += "\(field.name): \(field.value)\r\n" }
        if let contentLength { text += "Content-Length: \(contentLength)\r\n" }
        text += "Cache-Control: no-cache\r\n"
        text += "X-Content-Type-Options: nosniff\r\n"
        text += closing ? "Connection: close\r\n" : "Connection: keep-alive\r\n"
        text += "\r\n"
        return Array(text.utf8)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 206: "Partial Content"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 416: "Range Not Satisfiable"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status \(status)"
        }
    }
}
