/// How many connections the preview serves at once and how long each may take, so that slow or silent
/// clients can never lock a browser out (see `ConnectionTable`).
struct ConnectionLimits: Sendable {
    /// Browsers open about six connections per page and one per open tab for live reload.
    var maxConnections = 64
    /// Seconds one read or write may block while a request is answered.
    var ioTimeout = 5.0
    /// Seconds a client has to send a whole request head, counted from its first byte. Browsers send a head
    /// in one packet; a client dribbling bytes (one a second, say) is answered 408 when the time is up,
    /// however much it has sent.
    var headTimeout = 5.0
    /// Seconds an idle keep-alive connection waits for its next request. A connection waiting like this (or
    /// sending its head) is also the first to go when every place is taken and a new client comes.
    var idleTimeout = 15.0
}
