/// Writes an ``XML.Document`` as UTF-8 bytes in Swift, byte for byte as libxml2 2.9's
/// `xmlDocDumpFormatMemoryEnc(doc, …, "UTF-8", 0)` writes the tree ``XMLSerializer`` builds from it:
///
/// - `<?xml version="1.0" encoding="UTF-8"?>`, then each prolog processing instruction and the root, each
///   followed by a newline;
/// - a namespace declaration (`xmlns="…"`) where an element's namespace differs from its parent's, before
///   the attributes; an element without children as `<name/>`;
/// - text with `&`, `<`, `>` and CR escaped (`&amp;`, `&lt;`, `&gt;`, `&#13;`); attribute values also
///   with `"`, LF and tab (`&quot;`, `&#10;`, `&#9;`); everything else, non-ASCII included, as it is;
/// - comments and processing instructions unescaped (`<?target data?>`, with one space before the data).
///
/// Characters XML 1.0 cannot carry are dropped and reported, as ``XMLSerializer`` does. Writing needs no
/// libxml2 tree, which is what makes it several times cheaper than building one and dumping it; the tests
/// hold it to libxml2's output on real and generated trees.
struct XMLWriter {
    private let bytes: WriteBuffer
    private(set) var dropped: [(Unicode.Scalar, String)] = []
    /// The document's indentation (``XMLIndentation``), written as the tree is written.
    private let indentation: XMLIndentation?

    private init(capacity: Int, indentation: XMLIndentation?) {
        bytes = WriteBuffer(capacity: capacity)
        self.indentation = indentation
    }

    /// Writes `document`.
    static func write(_ document: XML.Document, capacity: Int = 1 << 14) -> (
        bytes: [UInt8], dropped: [(Unicode.Scalar, String)]
    ) {
        var writer = XMLWriter(capacity: capacity, indentation: document.indentation)
        writer.append(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        writer.bytes.append(0x0A)
        for instruction in document.prolog {
            writer.processingInstruction(target: instruction.target, data: instruction.data)
            writer.bytes.append(0x0A)
        }
        writer.element(document.root, parentNamespace: nil, level: document.indentation == nil ? nil : 0)
        writer.bytes.append(0x0A)
        return (writer.bytes.array, writer.dropped)
    }

    /// Writes `element`; `level` is its indentation level, `nil` inside an element that is not laid out
    /// (nothing below one is).
    private mutating func element(_ element: XML.Element, parentNamespace: String?, level: Int?) {
        bytes.append(UInt8(ascii: "<"))
        append(element.name)
        var namespace = parentNamespace
        if let uri = element.namespaceURI, uri != parentNamespace {
            append(" xmlns=")
            quoted(uri)
            namespace = uri
        }
        if Self.repeatsAName(element.attributes) {
            let safe = element.attributes.map {
                XML.Attribute($0.name, XMLSerializer.xmlSafe($0.value, element: element.name, dropped: &dropped))
            }
            for attribute in Self.attributesAsSet(safe) {
                self.attribute(attribute.name, attribute.value, of: element.name)
            }
        } else {
            for attribute in element.attributes { self.attribute(attribute.name, attribute.value, of: element.name) }
        }
        if element.children.isEmpty {
            append("/>")
            return
        }
        bytes.append(UInt8(ascii: ">"))
        if let level, let indentation, indentation.laysOut(element) {
            // White-space text gives way to the indentation.
            for child in element.children {
                if case .text = child { continue }
                append(XMLIndentation.lineBreak(level: level + 1))
                self.child(child, of: element, namespace: namespace, level: level + 1)
            }
            append(XMLIndentation.lineBreak(level: level))
        } else {
            for child in element.children { self.child(child, of: element, namespace: namespace, level: nil) }
        }
        append("</")
        append(element.name)
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func child(_ child: XML.Node, of element: XML.Element, namespace: String?, level: Int?) {
        switch child {
        case .element(let childElement):
            self.element(childElement, parentNamespace: namespace, level: level)
        case .text(let text):
            escaped(text, attribute: false, of: element.name)
        case .comment(let text):
            append("<!--")
            append(XMLSerializer.xmlSafe(text.replacingDoubleHyphens(), element: element.name, dropped: &dropped))
            append("-->")
        case .processingInstruction(let target, let data):
            processingInstruction(target: target, data: data)
        }
    }

    private mutating func attribute(_ name: String, _ value: String, of element: String) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        append("=\"")
        escaped(value, attribute: true, of: element)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func processingInstruction(target: String, data: String) {
        append("<?")
        append(target)
        bytes.append(UInt8(ascii: " "))
        append(data)
        append("?>")
    }

    static func repeatsAName(_ attributes: [XML.Attribute]) -> Bool {
        guard attributes.count > 1 else { return false }
        for later in 1..<attributes.count {
            for earlier in 0..<later where attributes[earlier].name == attributes[later].name { return true }
        }
        return false
    }

    /// The attributes as libxml2's `xmlSetProp` leaves them: setting a name again replaces the value in
    /// the first one's place.
    static func attributesAsSet(_ attributes: [XML.Attribute]) -> [XML.Attribute] {
        guard attributes.count > 1 else { return attributes }
        var result: [XML.Attribute] = []
        result.reserveCapacity(attributes.count)
        for attribute in attributes {
            if let index = result.firstIndex(where: { $0.name == attribute.name }) {
                result[index].value = attribute.value
            } else {
                result.append(attribute)
            }
        }
        return result
    }

    /// C strings end at U+0000: libxml2 writes names and data only up to it.
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var end = 0
            while end < buffer.count && buffer[end] != 0 { end += 1 }
            bytes.append(UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append($0) }
    }

    /// A namespace URI in quotes as `xmlBufWriteQuotedString` writes it.
    private mutating func quoted(_ text: String) {
        if text.utf8.contains(UInt8(ascii: "\"")) {
            if text.utf8.contains(UInt8(ascii: "'")) {
                bytes.append(UInt8(ascii: "\""))
                for byte in text.utf8 {
                    if byte == UInt8(ascii: "\"") { append("&quot;") } else { bytes.append(byte) }
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(UInt8(ascii: "'"))
                append(text)
                bytes.append(UInt8(ascii: "'"))
            }
        } else {
            bytes.append(UInt8(ascii: "\""))
            append(text)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// What a byte of text needs from ``escapedIfXMLCharacters(_:attribute:)``: 0 nothing; 1 escaping in
    /// text and attributes (`&`, `<`, `>`, CR); 2 escaping in attributes only (`"`, LF, tab); 3 a look at
    /// the characters (C0 controls XML forbids, and EF, the lead byte of U+FFFE and U+FFFF).
    private static let byteNeeds: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x0D: 1
        case 0x22, 0x0A, 0x09: 2
        case 0..<0x20, 0xEF: 3
        default: 0
        }
    }

    /// Character data or an attribute value, escaped, for text made of XML characters only, deciding that
    /// in the same pass over the bytes (runs without special bytes are copied at once): `false`, with nothing
    /// written, when the text holds a character XML forbids (``escaped(_:attribute:of:)`` then writes
    /// ``XMLSerializer/xmlSafe(_:element:dropped:)`` of it).
    private mutating func escapedIfXMLCharacters(_ text: String, attribute: Bool) -> Bool {
        var text = text
        let start = bytes.count
        return text.withUTF8 { buffer in
            Self.byteNeeds.withUnsafeBufferPointer { needs in
                var runStart = 0
                for index in buffer.indices {
                    let replacement: StaticString
                    switch needs[Int(buffer[index])] {
                    case 0: continue
                    case 3:
                        if buffer[index] == 0xEF
                            && !(index + 2 < buffer.count && buffer[index + 1] == 0xBF && buffer[index + 2] >= 0xBE)
                        {
                            continue
                        }
                        bytes.truncate(to: start)
                        return false
                    case 2 where !attribute: continue
                    default:
                        switch buffer[index] {
                        case UInt8(ascii: "&"): replacement = "&amp;"
                        case UInt8(ascii: "<"): replacement = "&lt;"
                        case UInt8(ascii: ">"): replacement = "&gt;"
                        case 0x0D: replacement = "&#13;"
                        case UInt8(ascii: "\""): replacement = "&quot;"
                        case 0x0A: replacement = "&#10;"
                        default: replacement = "&#9;"
                        }
                    }
                    bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                    replacement.withUTF8Buffer { bytes.append($0) }
                    runStart = index + 1
                }
                bytes.append(UnsafeBufferPointer(rebasing: buffer[runStart...]))
                return true
            }
        }
    }

    /// Character data or an attribute value of `element`, escaped, without the characters XML forbids (each
    /// one dropped is recorded).
    private mutating func escaped(_ text: String, attribute: Bool, of element: String) {
        if escapedIfXMLCharacters(text, attribute: attribute) { return }
        // The text holds a character XML forbids: without them, it is written on the same path.
        let safe = XMLSerializer.xmlSafe(text, element: element, dropped: &dropped)
        _ = escapedIfXMLCharacters(safe, attribute: attribute)
    }
}
