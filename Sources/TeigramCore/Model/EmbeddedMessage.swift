/// A message quoted inside a telegram (a message from Mao in Kovalev's cable).
public struct EmbeddedMessage: Sendable, Equatable {
    /// Its blocks.
    public var blocks: [BodyBlock]
    /// Its closing lines (signature, date).
    public var closer: [FrameLine]
}
