/// What a library does with `{{>name}}` or `{{<name}}` naming no template.
public enum MissingPartialPolicy: Sendable {
    /// Refuse to load: the site's choice, since a missing partial is always a mistake there.
    case error
    /// Render nothing, as the Mustache spec says.
    case renderEmpty
}
