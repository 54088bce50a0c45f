import TeigramXML

/// The stretch of rendered plain text that one TEI element of the text produced: a paragraph, a name, a
/// bracketed note. Spans nest as the elements do.
public struct TextSpan: Sendable, Equatable {
    /// The element's local name (`p`, `persName`, `note`).
    public var element: String
    /// The element's attributes as written (`ref`, `type`, `xml:lang`).
    public var attributes: [XML.Attribute]
    /// UTF-8 offsets into ``AnnotatedText/text``: from the first to after the last non-blank byte the element
    /// produced, opening and closing brackets included. Empty for an element that produced no text.
    public var utf8Range: Range<Int>
    /// How many elements of the text enclose this one: an enclosing span with the same range has a lower depth.
    public var depth: Int

    /// Creates a span.
    public init(element: String, attributes: [XML.Attribute], utf8Range: Range<Int>, depth: Int) {
        self.element = element
        self.attributes = attributes
        self.utf8Range = utf8Range
        self.depth = depth
    }

    /// The value of the attribute with this qualified name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
