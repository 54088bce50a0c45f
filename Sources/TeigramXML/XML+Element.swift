extension XML {
    /// An XML element as a Swift value: the document model that crosses the C boundary.
    ///
    /// Names are qualified names as written (`persName`, `xml:id`). Every element of a Teigram tree is in the
    /// TEI namespace unless ``namespaceURI`` says otherwise; the serialiser declares namespaces once, on the root.
    public struct Element: Sendable, Equatable {
        /// The element's name as written: a qualified name (Teigram's own trees use unprefixed names).
        public var name: String
        /// The namespace URI, or `nil` for "same as the parent" (the root defaults to no namespace).
        public var namespaceURI: String?
        /// Attributes in the order they are written.
        public var attributes: [XML.Attribute]
        /// Child nodes in document order.
        public var children: [XML.Node]
        /// The 1-based source line of the start tag when parsed, 0 for built trees.
        public var line: Int

        /// Creates an element.
        public init(
            _ name: String, namespaceURI: String? = nil, attributes: [XML.Attribute] = [],
            children: [XML.Node] = [], line: Int = 0
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
                attributes.append(XML.Attribute(name, value))
            }
        }

        /// The child elements, skipping text.
        public var childElements: [XML.Element] {
            children.compactMap { if case .element(let element) = $0 { element } else { nil } }
        }

        /// Depth-first visit of this element and all descendants, in document order.
        public func forEachElement(_ body: (XML.Element) throws -> Void) rethrows {
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
}

extension XML.Element {
    /// The name without its prefix (`id` for `xml:id`, `p` for `tei:p`).
    public var localName: String {
        // ":" is ASCII, and a local name cannot start with a combining mark (XML NameStartChar), so the
        // UTF-8 view finds the same colon as the character view, without grapheme breaking.
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    /// The first child element with the local name `name`.
    public func firstChild(_ name: String) -> XML.Element? {
        for child in children { if case .element(let element) = child, element.localName == name { return element } }
        return nil
    }

    /// The child elements with the local name `name`, in document order.
    public func children(_ name: String) -> [XML.Element] {
        childElements.filter { $0.localName == name }
    }
}
