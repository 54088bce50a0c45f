/// A classified line of an opener or closer.
public struct FrameLine: Sendable, Equatable {
    /// What it is.
    public var kind: FrameLineKind
    /// The source.
    public var unit: TextUnit
    /// A footnote's number where the page lost it: a web page that lists its notes with bullets ("- Source:
    /// …↩") numbers them in order, as the marks in the text count them. `nil` where the mark gives it.
    public var noteNumber: String? = nil
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
        return (mark, noteNumber ?? (number.isEmpty ? mark : String(number)), rest)
    }

    /// Whether a footnote is the document's source note, as FRUS prints its first one ("Source: Department
    /// of State, Central Files, 674.84A/5–2356. Secret; Priority.").
    public var isSourceNote: Bool {
        footnoteMark.map { $0.text.hasPrefix("Source:") } ?? false
    }
}
