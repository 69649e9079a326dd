/// A unit of index data with its id (its path in the index folder without `.js`).
struct SearchIndexPart: Sendable {
    var id: String
    var payload: [UInt8]

    /// The statement that registers the data: `portalgenSearchData("<id>",<payload>);`.
    var statement: [UInt8] {
        var writer = SearchJSWriter(capacity: payload.count + id.utf8.count + 32)
        writer.beginCall(id: id)
        writer.append(payload)
        writer.endCall()
        return writer.bytes
    }
}
