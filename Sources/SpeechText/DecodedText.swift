/// The text of a speech file and the encoding it was read in.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, byte-order mark removed; line ends are left as they were.
    public let text: String
    /// The encoding the bytes were recognised as.
    public let encoding: SourceEncoding

    /// Creates a decoded text.
    public init(text: String, encoding: SourceEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
