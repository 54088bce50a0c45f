import TeigramCore
import TeigramXML

/// One annotated or predicted mention: kind, surface form, authority id.
public struct MentionRecord: Sendable, Equatable, Hashable {
    /// `person`, `place` or `org`.
    public var kind: String
    /// The surface form, brackets removed, white space collapsed, case folded.
    public var surface: String
    /// Authority id, empty when unlinked.
    public var ref: String

    /// Creates a record, normalising the surface.
    public init(kind: String, surface: String, ref: String) {
        self.kind = kind
        self.surface = collapseWhitespace(
            surface.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        ).lowercased()
        self.ref = ref
    }
}
