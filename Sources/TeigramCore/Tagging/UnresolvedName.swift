/// A name the tagger could not link, for the editors' review report.
public struct UnresolvedName: Sendable, Equatable {
    /// The name as written.
    public var name: String
    /// The sentence around it.
    public var context: String
}
