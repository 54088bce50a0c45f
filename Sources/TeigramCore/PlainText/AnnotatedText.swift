/// Plain text with the spans of the elements that produced it: what ``PlainTextExtractor/annotate(_:path:)``
/// gives, so that a reading page, a JSON record and `teigram text` share one text.
///
/// **Contract.** ``text`` is byte for byte what ``PlainTextExtractor/extract(_:path:)`` gives with the same
/// options. ``spans`` hold every element of the main text (not the header block, not end notes), in the
/// order the elements start; each range is trimmed of surrounding white space and lies inside ``text``;
/// the spans nest as the elements do (a span that starts inside another ends inside it).
public struct AnnotatedText: Sendable, Equatable {
    /// The rendered text, ending with one newline unless empty.
    public var text: String
    /// The element spans, in document order of their start tags.
    public var spans: [TextSpan]
    /// Whether the text holds markup that the diplomatic and normalised readings render differently
    /// (`choice`, `am`, `ex`); when false, both readings are this text.
    public var dependsOnEdition: Bool

    /// Creates annotated text.
    public init(text: String, spans: [TextSpan], dependsOnEdition: Bool = false) {
        self.text = text
        self.spans = spans
        self.dependsOnEdition = dependsOnEdition
    }

    /// The span's text.
    public func text(of span: TextSpan) -> String {
        String(decoding: Array(text.utf8)[span.utf8Range], as: UTF8.self)
    }

    /// The offset in Unicode scalars (code points, as Python's `str` counts) of every UTF-8 offset from 0 to
    /// the end of ``text``: `table[utf8Offset]`. Offsets inside a scalar map to that scalar.
    public func scalarOffsets() -> [Int] {
        var table: [Int] = []
        table.reserveCapacity(text.utf8.count + 1)
        var scalar = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80, !table.isEmpty { scalar += 1 }
            table.append(scalar)
        }
        table.append(table.isEmpty ? 0 : scalar + 1)
        return table
    }

    /// Trims each recorded range of white space and clamps it to `text`: recording takes the sink's length
    /// when an element starts, before the space or line break owed to what precedes it is written.
    static func trimmed(_ spans: [TextSpan], in text: String) -> [TextSpan] {
        let bytes = Array(text.utf8)
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        return spans.map { span in
            var span = span
            var lower = min(span.utf8Range.lowerBound, bytes.count)
            var upper = min(max(span.utf8Range.upperBound, lower), bytes.count)
            while lower < upper, isBlank(bytes[lower]) { lower += 1 }
            while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
            span.utf8Range = lower..<upper
            return span
        }
    }
}
