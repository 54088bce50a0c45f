/// An XML element as a Swift value: the document model that crosses the C boundary.
///
/// Names are qualified names as written (`persName`, `xml:id`). Every element of a Teigram tree is in the
/// TEI namespace unless ``namespaceURI`` says otherwise; the serialiser declares namespaces once, on the root.
public struct XMLElement: Sendable, Equatable {
    /// The element's local name.
    public var name: String
    /// The namespace URI, or `nil` for "same as the parent" (the root defaults to no namespace).
    public var namespaceURI: String?
    /// Attributes in the order they are written.
    public var attributes: [XMLAttribute]
    /// Child nodes in document order.
    public var children: [XMLNode]
    /// The 1-based source line of the start tag when parsed, 0 for built trees.
    public var line: Int

    /// Creates an element.
    public init(
        _ name: String, namespaceURI: String? = nil, attributes: [XMLAttribute] = [],
        children: [XMLNode] = [], line: Int = 0
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute with this qualified name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets, replaces or (with `nil`) removes an attribute, keeping the order of the others.
    public mutating func setAttribute(_ name: String, _ value: String?) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            if let value { attributes[index].value = value } else { attributes.remove(at: index) }
        } else if let value {
            attributes.append(XMLAttribute(name, value))
        }
    }

    /// The child elements, skipping text.
    public var childElements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Depth-first visit of this element and all descendants, in document order.
    public func forEachElement(_ body: (XMLElement) throws -> Void) rethrows {
        try body(self)
        for child in children {
            if case .element(let element) = child { try element.forEachElement(body) }
        }
    }

    /// All character data below this element, concatenated in document order (no separators added).
    public var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            case .comment, .processingInstruction: break
            }
        }
    }
}

/// One attribute, by qualified name (`xml:id`, `ref`).
public struct XMLAttribute: Sendable, Equatable {
    /// The qualified name.
    public var name: String
    /// The unescaped value.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A node of an ``XMLElement``'s content.
public enum XMLNode: Sendable, Equatable {
    /// A child element.
    case element(XMLElement)
    /// Character data (unescaped).
    case text(String)
    /// A comment.
    case comment(String)
    /// A processing instruction inside the element.
    case processingInstruction(target: String, data: String)
}

/// A whole document: the processing instructions before the root and the root element.
public struct XMLDocument: Sendable, Equatable {
    /// Processing instructions written before the root (`xml-model`, `xml-stylesheet`), in order.
    public var prolog: [XMLProcessingInstruction]
    /// The root element.
    public var root: XMLElement
    /// The indentation the document is written with, if any: the tree then holds no indentation text, and
    /// ``laidOut()`` is the tree a parser builds from the written bytes.
    public var indentation: XMLIndentation?

    /// Creates a document.
    public init(prolog: [XMLProcessingInstruction] = [], root: XMLElement, indentation: XMLIndentation? = nil) {
        self.prolog = prolog
        self.root = root
        self.indentation = indentation
    }
}

/// A processing instruction of the prolog.
public struct XMLProcessingInstruction: Sendable, Equatable {
    /// The target (`xml-model`).
    public var target: String
    /// The data after the target.
    public var data: String

    /// Creates a processing instruction.
    public init(target: String, data: String) {
        self.target = target
        self.data = data
    }
}
