/// Per-document state of the tagger: which entries were met (so a later surname alone can link to
/// them), and what was found.
public struct TaggingState: Sendable {
    /// Ids met so far, in order of first mention.
    public private(set) var mentionedIDs: [String] = []
    /// Number of mentions tagged, linked or not.
    public private(set) var mentionCount = 0
    /// Names tagged without a link.
    public private(set) var unresolved: [UnresolvedName] = []
    private var mentionedSet: Set<String> = []
    /// Names met in this document that the authority does not know (an unresolved correspondent, a
    /// signatory): folded tokens → kind. Later mentions of them are tagged too.
    private(set) var localNames: [[String]: AuthorityEntry.Kind] = [:]

    /// Creates an empty state.
    public init() {}

    /// Remembers an unknown name of this document so its later mentions are tagged.
    mutating func registerLocalName(_ tokens: [String], kind: AuthorityEntry.Kind) {
        guard !tokens.isEmpty, tokens.count <= 4 else { return }
        localNames[tokens] = kind
    }

    mutating func record(_ mention: EntityMention, units: [UInt16]) {
        mentionCount += 1
        if let ref = mention.ref {
            if mentionedSet.insert(ref).inserted { mentionedIDs.append(ref) }
        } else {
            let name = UTF16Text.string(units[mention.range])
            unresolved.append(
                UnresolvedName(name: name, context: EntityTagger.sentence(around: mention.range, in: units)))
        }
    }

    func hasMentioned(_ id: String) -> Bool { mentionedSet.contains(id) }

    /// Records a link made outside the text (an editor's sidecar), so the entry goes into the standOff.
    mutating func recordReference(_ id: String) {
        if mentionedSet.insert(id).inserted { mentionedIDs.append(id) }
    }
}
