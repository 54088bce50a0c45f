import CLibXML2

/// A document parsed by libxml2 with the safe options, kept as a libxml2 tree for schema validation,
/// and convertible to a Swift ``XML.Document``.
///
/// Parsing policy (see `shared/notes/libxml2-from-swift.md` §3): `XML_PARSE_NONET` (never NOENT,
/// DTDLOAD, DTDATTR, XINCLUDE, HUGE or RECOVER), a deny-all external entity loader, any DOCTYPE refused,
/// libxml2's own limits for depth (256) and text node size (10 MB). `XML_PARSE_COMPACT` only changes how
/// libxml2 stores short text (inside the node, without an allocation of its own): the tree is the same, and
/// a parsed tree is never modified (RELAX NG's schema parser works on its own copy). It saved 0.14 M
/// instructions a telegram in parsing and freeing, and 47 M at start-up (the authority files).
public final class XMLParsedDocument: @unchecked Sendable {
    /// Largest file accepted (bytes).
    public static let maximumSize = 512 * 1024 * 1024

    private let owned: OwnedDocument
    /// The libxml2 tree; valid while `self` is alive.
    var pointer: xmlDocPtr { owned.pointer }
    /// The path used in diagnostics.
    public let path: String
    /// Warnings libxml2 gave while parsing a well-formed document.
    public let warnings: [Diagnostic]

    /// Parses `bytes`.
    /// - Throws: ``XMLReadError`` when the input is empty, too large, declares a DTD or is not well-formed.
    public init(bytes: [UInt8], path: String) throws(XMLReadError) {
        _ = libxmlSetUp
        guard bytes.count <= Self.maximumSize else {
            throw .tooLarge(path: path, bytes: bytes.count, limit: Self.maximumSize)
        }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw .empty(path: path)
        }
        if Self.prologDeclaresDoctype(bytes) { throw .doctypeRefused(path: path) }
        let collector = XMLErrorCollector(path: path)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)
        let parsed: xmlDocPtr? = withExtendedLifetime(collector) {
            xmlSetStructuredErrorFunc(collector.context, collectStructuredError)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                    xmlReadMemory(base, Int32(buffer.count), path, nil, options)
                }
            }
        }
        guard let parsed else {
            let errors = collector.diagnostics.filter { $0.severity == .error }
            throw errors.isEmpty ? .notWellFormed(path: path, "not well-formed XML") : .notWellFormed(errors)
        }
        // Owned from here on: every early exit frees it.
        let owned = OwnedDocument(parsed)
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            throw .doctypeRefused(path: path)
        }
        guard xmlDocGetRootElement(parsed) != nil else {
            throw .notWellFormed(path: path, "no root element")
        }
        self.owned = owned
        self.path = path
        self.warnings = collector.diagnostics.filter { $0.severity == .warning }
    }

    /// A cheap pre-check: does a `<!DOCTYPE` stand before the root element?
    static func prologDeclaresDoctype(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        var index = 0
        let end = min(bytes.count, 1 << 20)
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: doctype) { return true }
            let next = index + 1 < end ? bytes[index + 1] : 0
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                index += 2
                continue
            }
            return false  // the root element starts here
        }
        return false
    }

    /// The document as Swift values (with line numbers). Entity references cannot occur (DTDs are refused).
    public func tree() -> XML.Document {
        var prolog: [XML.ProcessingInstruction] = []
        var root = XML.Element("")
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_PI_NODE {
                prolog.append(
                    XML.ProcessingInstruction(
                        target: string(fromXML: node.pointee.name), data: string(fromXML: node.pointee.content)))
            } else if node.pointee.type == XML_ELEMENT_NODE {
                root = Self.element(from: node)
                break
            }
            child = node.pointee.next
        }
        return XML.Document(prolog: prolog, root: root)
    }

    private static func element(from node: xmlNodePtr) -> XML.Element {
        var element = XML.Element(
            qualifiedName(node.pointee.name, node.pointee.ns),
            namespaceURI: node.pointee.ns.map { string(fromXML: $0.pointee.href) },
            line: Int(xmlGetLineNo(node)))
        element.attributes = attributes(of: node)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(Self.element(from: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(fromXML: current.pointee.content)
                if case .text(let previous)? = element.children.last {
                    element.children[element.children.count - 1] = .text(previous + text)
                } else {
                    element.children.append(.text(text))
                }
            case XML_COMMENT_NODE:
                element.children.append(.comment(string(fromXML: current.pointee.content)))
            case XML_PI_NODE:
                element.children.append(
                    .processingInstruction(
                        target: string(fromXML: current.pointee.name), data: string(fromXML: current.pointee.content)))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// The attributes of an element node, by qualified name, values unescaped.
    static func attributes(of node: xmlNodePtr) -> [XML.Attribute] {
        var result: [XML.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let piece = text {
                value += string(fromXML: piece.pointee.content)
                text = piece.pointee.next
            }
            result.append(XML.Attribute(qualifiedName(current.pointee.name, current.pointee.ns), value))
            attribute = current.pointee.next
        }
        return result
    }

    static func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ ns: xmlNsPtr?) -> String {
        let local = string(fromXML: name)
        guard let ns, let prefix = ns.pointee.prefix else { return local }
        return string(fromXML: prefix) + ":" + local
    }
}

extension XMLParsedDocument {
    /// The root element's qualified name, namespace URI and line.
    public var rootElement: (name: String, namespaceURI: String?, line: Int)? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        return (
            Self.qualifiedName(root.pointee.name, root.pointee.ns),
            root.pointee.ns.map { string(fromXML: $0.pointee.href) }, Int(xmlGetLineNo(root))
        )
    }

    /// Calls `body` for every element, in document order, straight from libxml2's tree. With
    /// `attributedOnly`, elements without attributes are walked through but not reported, and child names
    /// are filled in only for elements named in `childNamesFor` (the cheap walk the integrity rules use).
    public func forEachElementSummary(
        attributedOnly: Bool = false, childNamesFor: Set<String>? = nil, _ body: (XMLElementSummary) -> Void
    ) {
        guard let root = xmlDocGetRootElement(pointer) else { return }
        var stack: [xmlNodePtr] = [root]
        var children: [xmlNodePtr] = []
        while let node = stack.popLast() {
            children.removeAll(keepingCapacity: true)
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            if !attributedOnly || node.pointee.properties != nil {
                let name = Self.qualifiedName(node.pointee.name, node.pointee.ns)
                let childNames =
                    XMLElementSummary.needsChildNames(name, childNamesFor)
                    ? children.map { Self.qualifiedName($0.pointee.name, $0.pointee.ns) } : []
                body(
                    XMLElementSummary(
                        name: name,
                        namespaceURI: node.pointee.ns.map { string(fromXML: $0.pointee.href) },
                        line: Int(xmlGetLineNo(node)), attributes: Self.attributes(of: node),
                        childElementNames: childNames))
            }
            stack.append(contentsOf: children.reversed())
        }
    }
}

/// Owns a libxml2 document and frees it when the last reference goes.
private final class OwnedDocument {
    let pointer: xmlDocPtr
    init(_ pointer: xmlDocPtr) { self.pointer = pointer }
    deinit { xmlFreeDoc(pointer) }
}
