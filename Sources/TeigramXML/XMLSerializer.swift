import CLibXML2

/// Serialises ``XML.Document`` values to UTF-8 XML. The tree is written as given (indentation only where the
/// document's ``XMLIndentation`` allows it), so serialising is deterministic.
///
/// The bytes come from ``XMLWriter``, which writes exactly what libxml2's `xmlDocDumpFormatMemoryEnc` writes
/// for the same tree (a test holds the two together). Validation is not done here: a caller validates the
/// bytes with libxml2 (``XMLParsedDocument`` and ``RelaxNGSchema``).
public enum XMLSerializer {
    /// The result of serialising: the bytes, and what could not be rendered.
    public struct Output: Sendable {
        /// The UTF-8 document, with an XML declaration and a final newline.
        public var bytes: [UInt8]
        /// Characters that XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF),
        /// dropped from text and attribute values, with the element they stood in.
        public var droppedCharacters: [(character: Unicode.Scalar, element: String)]
    }

    /// Serialises `document`. Total: any tree gives a document; unrenderable characters are reported.
    public static func serialize(_ document: XML.Document) -> Output {
        let (bytes, dropped) = XMLWriter.write(document)
        return Output(bytes: bytes, droppedCharacters: dropped)
    }

    /// libxml2's own serialisation of the tree built from `document` (`xmlDocDumpFormatMemoryEnc`): the
    /// reference ``XMLWriter`` is tested against.
    static func libxml2Dump(_ document: XML.Document) -> [UInt8] {
        withLibXMLTree(of: document) { doc in
            var memory: UnsafeMutablePointer<xmlChar>?
            var size: Int32 = 0
            xmlDocDumpFormatMemoryEnc(doc, &memory, &size, "UTF-8", 0)
            guard let memory else { return [] }
            defer { teigram_xml_free(memory) }
            return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
        } ?? []
    }

    /// Builds the libxml2 tree of `document` (characters XML cannot carry left out, as written), calls
    /// `body` with it and frees it. `nil` when libxml2 cannot allocate a document.
    private static func withLibXMLTree<Result>(of document: XML.Document, _ body: (xmlDocPtr) -> Result) -> Result? {
        _ = libxmlSetUp
        // The tree of the written bytes: with the indentation text.
        let document = document.laidOut()
        guard let doc = withXMLString("1.0", { xmlNewDoc($0) }) else { return nil }
        defer { xmlFreeDoc(doc) }
        // Element and attribute names interned once per document, as a parser does (xmlFreeDoc frees the
        // dictionary with the document).
        doc.pointee.dict = xmlDictCreate()
        var dropped: [(Unicode.Scalar, String)] = []  // reported by the writer
        let root = makeNode(document.root, in: doc, parentNamespace: nil, dropped: &dropped)
        xmlDocSetRootElement(doc, root)
        for instruction in document.prolog {
            let pi = withXMLString(instruction.target) { target in
                withXMLString(instruction.data) { data in xmlNewDocPI(doc, target, data) }
            }
            if let pi { xmlAddPrevSibling(root, pi) }
        }
        return body(doc)
    }

    private static func makeNode(
        _ element: XML.Element, in doc: xmlDocPtr, parentNamespace: (uri: String, ns: xmlNsPtr)?,
        dropped: inout [(Unicode.Scalar, String)]
    ) -> xmlNodePtr? {
        /// `text` as the tree may hold it: without the characters XML cannot carry.
        func safe(_ text: String) -> String { xmlSafe(text, element: element.name, dropped: &dropped) }
        guard let node = withXMLString(element.name, { xmlNewDocNode(doc, nil, $0, nil) }) else { return nil }
        var namespace = parentNamespace
        if let uri = element.namespaceURI, uri != parentNamespace?.uri {
            if let ns = withXMLString(uri, { xmlNewNs(node, $0, nil) }) { namespace = (uri, ns) }
        }
        if let ns = namespace?.ns { xmlSetNs(node, ns) }
        for attribute in element.attributes {
            // xmlSetProp resolves a prefixed name (xml:id, xml:lang) to its namespace, as a parser would.
            _ = withXMLString(attribute.name) { name in
                withXMLString(safe(attribute.value)) { xmlSetProp(node, name, $0) }
            }
        }
        for child in element.children {
            let childNode: xmlNodePtr?
            switch child {
            case .element(let childElement):
                childNode = makeNode(childElement, in: doc, parentNamespace: namespace, dropped: &dropped)
            case .text(let text):
                childNode = withXMLString(safe(text)) { xmlNewDocText(doc, $0) }
            case .comment(let text):
                childNode = withXMLString(safe(text.replacingDoubleHyphens())) { xmlNewDocComment(doc, $0) }
            case .processingInstruction(let target, let data):
                childNode = withXMLString(target) { t in withXMLString(data) { xmlNewDocPI(doc, t, $0) } }
            }
            if let childNode { xmlAddChild(node, childNode) }
        }
        return node
    }

    /// `text` without the characters XML 1.0 forbids; each one dropped is recorded.
    static func xmlSafe(_ text: String, element: String, dropped: inout [(Unicode.Scalar, String)]) -> String {
        guard mayHoldNonXMLCharacters(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isXMLCharacter(scalar) { scalars.append(scalar) } else { dropped.append((scalar, element)) }
        }
        return String(scalars)
    }

    /// False when `text` certainly holds only XML characters, decided on its UTF-8 bytes: the characters XML
    /// 1.0 forbids in a Swift string are C0 controls other than tab, LF and CR (single bytes below 0x20) and
    /// U+FFFE, U+FFFF (EF BF BE, EF BF BF). True means "look at the scalars".
    static func mayHoldNonXMLCharacters(_ text: String) -> Bool {
        let verdict = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                    return true
                }
                index += 1
            }
            return false
        }
        return verdict ?? text.unicodeScalars.contains { !isXMLCharacter($0) }
    }

    /// Whether XML 1.0 allows `scalar` in character data.
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

extension String {
    /// "--" may not stand in a comment: insert a space.
    func replacingDoubleHyphens() -> String {
        var result = ""
        var previous: Character?
        for character in self {
            if character == "-" && previous == "-" { result.append(" ") }
            result.append(character)
            previous = character
        }
        if result.hasSuffix("-") { result.append(" ") }
        return result
    }
}
