/// A list of the archive with pages of its own: the speeches of a year, or of one month of a year too long
/// for one page (see `SiteRoutes.splitsByMonth`). `year` and `month` are positions in `SiteModel.archive`
/// and in that year's `months`, not calendar numbers.
struct ArchiveList: Sendable, Hashable {
    var year: Int
    /// nil: the whole year.
    var month: Int?
}
