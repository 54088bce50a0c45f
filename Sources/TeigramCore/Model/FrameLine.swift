/// A classified line of an opener or closer.
public struct FrameLine: Sendable, Equatable {
    /// What it is.
    public var kind: FrameLineKind
    /// The source.
    public var unit: TextUnit
}
