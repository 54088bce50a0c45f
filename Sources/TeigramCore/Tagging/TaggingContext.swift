/// Where a text stands, which decides what an unknown capitalised name is likely to be.
public enum TaggingContext: Sendable, Equatable {
    /// Running text: only titled unknown names ("Comrade X") are tagged.
    case prose
    /// A signature line: unknown capitalised names are the signatories.
    case signature
    /// A dispatch or distribution line ("Typed by X", "Copy Nº 2 to X", "Copies: X (2), Y"): the names
    /// after "by"/"to" and in the list are clerks and recipients.
    case dispatch
}
