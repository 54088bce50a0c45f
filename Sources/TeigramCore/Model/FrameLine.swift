/// A classified line of an opener or closer.
public struct FrameLine: Sendable, Equatable {
    /// What it is.
    public var kind: FrameLineKind
    /// The source.
    public var unit: TextUnit
}

extension FrameLine {
    /// A footnote line's mark as written ("17.", "x/", "[1]"), its number ("17"; a mark of another kind, "-" or
    /// "*", is its own number) and its text after the mark; `nil` for a line of another kind.
    public var footnoteMark: (mark: String, number: String, text: String)? {
        guard kind == .footnote else { return nil }
        let text = unit.text.trimmedText
        let mark = String(text.prefix { $0 != " " })
        let rest = String(text.dropFirst(mark.count)).trimmedText
        // "1.", "1/" and "[1]" are footnote 1.
        var number = Substring(mark)
        while let last = number.last, last == "." || last == "/" || last == "]" { number = number.dropLast() }
        if number.first == "[" { number = number.dropFirst() }
        return (mark, number.isEmpty ? mark : String(number), rest)
    }
}
