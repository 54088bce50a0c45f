/// A piece of the source: one line, or several lines read as one unit (a bracket that spans lines, a
/// line that continues on the next). Keeps its source line number for diagnostics.
public struct TextUnit: Sendable, Equatable {
    /// 1-based line of the first line.
    public var line: Int
    /// The text; a line break inside the unit is "\n".
    public var text: String

    /// Creates a unit.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}
