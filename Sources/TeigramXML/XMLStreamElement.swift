import CLibXML2

/// An element start seen by ``XMLEventReader``.
public struct XMLStreamElement: Sendable, Equatable {
    /// The qualified name as written (`persName`, `tei:p`).
    public var name: String
    /// The local name (`p` for `tei:p`).
    public var localName: String
    /// The namespace URI, `nil` when the element is in no namespace.
    public var namespaceURI: String?
    /// Attributes by qualified name (`xml:space`, `type`), namespace declarations left out.
    public var attributes: [XML.Attribute]
    /// 1-based line of the start tag (where the parser stands after reading it).
    public var line: Int
    /// 1-based column after the start tag, 0 if unknown.
    public var column: Int

    /// Creates an element start.
    public init(
        name: String, localName: String, namespaceURI: String?, attributes: [XML.Attribute] = [], line: Int = 0,
        column: Int = 0
    ) {
        self.name = name
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The value of the attribute with this qualified name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
