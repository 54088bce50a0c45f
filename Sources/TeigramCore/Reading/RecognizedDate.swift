import Foundation

/// A calendar date (or month, or year) recognised in text, normalised to ISO 8601.
public struct RecognizedDate: Sendable, Equatable {
    /// UTF-16 range of the date expression in the searched text.
    public var range: Range<Int>
    /// ISO value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var iso: String
    /// `nil` when the text states the date fully; `"medium"` when the year was taken from the
    /// document's own date; `"low"` when day and month order was ambiguous.
    public var certainty: String?
    /// The year (for context of later dates).
    public var year: Int
}
