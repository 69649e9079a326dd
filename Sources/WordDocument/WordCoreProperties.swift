import Foundation

/// The document's core properties (docProps/core.xml), as the author's program wrote them.
/// The created date is often the template's, not the speech's: use it only as a last resort.
public struct WordCoreProperties: Sendable, Equatable {
    /// `dc:title`.
    public var title: String?
    /// `dc:subject`.
    public var subject: String?
    /// `dc:creator`: who made the file (often an office account, not the speaker).
    public var creator: String?
    /// `cp:keywords`.
    public var keywords: String?
    /// `dcterms:created`.
    public var created: Date?
    /// `dcterms:modified`.
    public var modified: Date?

    /// Creates properties; all are optional.
    public init(title: String? = nil, subject: String? = nil, creator: String? = nil, keywords: String? = nil,
                created: Date? = nil, modified: Date? = nil) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.created = created
        self.modified = modified
    }
}

/// What the document contains that the reader does not turn into text.
public struct WordOmissions: Sendable, Equatable {
    /// Pictures (DrawingML or VML).
    public var images = 0
    /// Embedded OLE objects (spreadsheets, equations from old editors …).
    public var embeddedObjects = 0

    /// Creates counts.
    public init(images: Int = 0, embeddedObjects: Int = 0) {
        self.images = images
        self.embeddedObjects = embeddedObjects
    }
}
