import TeigramXML

/// What encoding one page produced besides the document.
public struct EncodingReport: Sendable {
    /// Warnings for the editor (undated, unknown correspondent, date with year from context…).
    public var warnings: [Diagnostic] = []
    /// Mentions tagged (linked or not).
    public var mentionCount = 0
    /// Authority ids linked, in order of first mention.
    public var linkedIDs: [String] = []
    /// Names tagged without a link, for the review report.
    public var unresolved: [UnresolvedName] = []
}
