/// The speeches of one year (nil: of unknown date), by month, for the archive.
struct ArchiveYear: Sendable {
    var year: Int?
    var months: [ArchiveMonth]
    var count: Int { months.reduce(0) { $0 + $1.speeches.count } }
}

struct ArchiveMonth: Sendable {
    /// nil for speeches of the year whose month is not known.
    var month: Int?
    var speeches: [SpeechID]
}
