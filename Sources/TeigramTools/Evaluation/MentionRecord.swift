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
    /// A predicted name's other surface, normalised as `surface`, when the two gold guides count it
    /// differently: the original's wording without an editor's supplied part at its start or end
    /// (``TaggingEvaluation/originalWording(_:)``); `nil` when it is the same.
    public var alternativeSurface: String?

    /// Creates a record, normalising the surface and the alternative one.
    public init(kind: String, surface: String, ref: String, alternativeSurface: String? = nil) {
        self.kind = kind
        self.surface = Self.normalised(surface)
        self.ref = ref
        self.alternativeSurface = alternativeSurface.map(Self.normalised).flatMap { $0 == self.surface ? nil : $0 }
    }

    /// Brackets removed, white space collapsed, case folded.
    static func normalised(_ surface: String) -> String {
        collapseWhitespace(
            surface.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        ).lowercased()
    }
}
