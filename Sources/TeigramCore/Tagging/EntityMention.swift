/// A name found in a text.
public struct EntityMention: Sendable, Equatable {
    /// UTF-16 range in the text.
    public var range: Range<Int>
    /// Person, place or organisation.
    public var kind: AuthorityEntry.Kind
    /// Authority id, `nil` for a name not in the authority (tagged `rs`, listed for review).
    public var ref: String?
    /// `"pseudonym"` when the matched name is one.
    public var nameType: String?
    /// `"medium"` when the link rests on approximate spelling.
    public var certainty: String? = nil
}
