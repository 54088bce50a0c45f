/// One document of a page: usually the page holds one, a bulletin page may hold several.
public struct TelegramPart: Sendable, Equatable {
    /// "Document 18: Ciphered Telegram, …" where a page holds several documents.
    public var heading: TextUnit?
    /// Lines before the body.
    public var opener: [FrameLine] = []
    /// The body.
    public var body: [BodyBlock] = []
    /// Lines after the body.
    public var closer: [FrameLine] = []
    /// A citation printed with this document ("[Source: APRF, …]").
    public var citation: TextUnit?
}
