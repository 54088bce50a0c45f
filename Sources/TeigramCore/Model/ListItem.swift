/// A numbered point.
public struct ListItem: Sendable, Equatable {
    /// The number as a string ("1", "4").
    public var number: String
    /// Its paragraphs (the first starts with the number as written).
    public var paragraphs: [TextUnit]
}
