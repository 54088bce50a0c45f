import CLibXML2

/// An element as a lightweight walk sees it: its name, line, attributes and the names of its child
/// elements, without text or copies of its subtree. Enough for whole-document checks (ids, pointers,
/// dates) at a fraction of the cost of ``XMLParsedDocument/tree()``.
public struct XMLElementSummary: Sendable, Equatable {
    /// Qualified name.
    public var name: String
    /// Namespace URI, if any.
    public var namespaceURI: String?
    /// 1-based line of the start tag.
    public var line: Int
    /// Attributes by qualified name, in document order.
    public var attributes: [XML.Attribute]
    /// Qualified names of the child elements, in order.
    public var childElementNames: [String]

    /// Creates a summary.
    public init(
        name: String, namespaceURI: String?, line: Int, attributes: [XML.Attribute], childElementNames: [String]
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.line = line
        self.attributes = attributes
        self.childElementNames = childElementNames
    }

    /// The value of an attribute.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

extension XMLElementSummary {
    /// Whether a summary of `name` lists its children: always without a set, else when the set names it
    /// (the sets are tiny: compared one by one instead of hashing every element's name).
    static func needsChildNames(_ name: String, _ childNamesFor: Set<String>?) -> Bool {
        guard let childNamesFor else { return true }
        return childNamesFor.contains { $0 == name }
    }
}
