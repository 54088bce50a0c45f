/// A line of a document's signature block, as the reader finds it: the lines on which the signatory's
/// name may stand. The writer takes the signatory from the names the text's tagging found on these lines
/// (``TEIWriter``), so no signature is read twice.
public struct SignatureLine: Sendable, Equatable {
    /// The source line the closer line starts on (its ``TextUnit/line``).
    public var sourceLine: Int
    /// Whether the line holds a title or role word ("USSR AMBASSADOR IN THE DPRK"): the name may follow
    /// on a later line.
    public var namesRole: Bool
    /// Whether the line has at most four words (words with a letter: not a dash or a number): a person the
    /// authority does not know counts as a signatory only on such a line (a longer "signature" is a closing
    /// sentence misread).
    public var isShort: Bool
}
