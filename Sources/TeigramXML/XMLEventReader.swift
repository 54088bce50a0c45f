import CLibXML2

/// A streaming XML reader over libxml2's SAX2 push parser: the document is never held as a tree, so memory
/// stays bounded by the chunk size and the caller's own state, whatever the size of the input.
///
/// Same safety policy as ``XMLParsedDocument``: `XML_PARSE_NONET` only (no entity substitution, no DTD
/// loading, no XInclude, no HUGE), the deny-all external entity loader, any DOCTYPE refused (checked in the
/// first chunk and again when the parser meets an internal or external subset). libxml2's limits apply: a
/// depth of 256 elements, and one text node may not exceed 10 MB (`XML_PARSE_HUGE` is never set).
public enum XMLEventReader {
    /// Reads a document given in chunks. `nextChunk` returns the next bytes, or `nil` at the end.
    /// - Returns: the warnings libxml2 gave for a well-formed document.
    /// - Throws: ``XMLReadError``: empty input, a DOCTYPE, or not well-formed (the diagnostics say where).
    public static func read(
        path: String, nextChunk: () -> [UInt8]?, onEvent: (XMLStreamEvent) -> XMLStreamControl
    ) throws(XMLReadError) -> [Diagnostic] {
        _ = libxmlSetUp
        return try withoutActuallyEscaping(onEvent) { handler throws(XMLReadError) -> [Diagnostic] in
            try run(path: path, nextChunk: nextChunk, handler: handler)
        }
    }

    /// Reads a document held in memory, fed to the parser in chunks of 1 MiB.
    public static func read(bytes: [UInt8], path: String, onEvent: (XMLStreamEvent) -> XMLStreamControl)
        throws(XMLReadError) -> [Diagnostic]
    {
        var offset = 0
        let chunkSize = 1 << 20
        return try read(
            path: path,
            nextChunk: {
                guard offset < bytes.count else { return nil }
                let end = min(offset + chunkSize, bytes.count)
                defer { offset = end }
                return Array(bytes[offset..<end])
            }, onEvent: onEvent)
    }

    private static func run(
        path: String, nextChunk: () -> [UInt8]?, handler: @escaping (XMLStreamEvent) -> XMLStreamControl
    ) throws(XMLReadError) -> [Diagnostic] {
        let context = StreamContext(handler: handler)
        let collector = XMLErrorCollector(path: path)
        // Only these callbacks: libxml2's default SAX2 ones expect the parser context as user data and
        // would build a tree. Predefined entities are resolved by the parser without `getEntity`.
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = streamStartElement
        sax.endElementNs = streamEndElement
        sax.characters = streamCharacters
        sax.cdataBlock = streamCharacters
        sax.ignorableWhitespace = streamCharacters
        sax.internalSubset = streamRefuseSubset
        sax.externalSubset = streamRefuseSubset

        var sawContent = false
        var first = true
        var failed = false
        return try withExtendedLifetime(context) { () throws(XMLReadError) -> [Diagnostic] in
            try withExtendedLifetime(collector) { () throws(XMLReadError) -> [Diagnostic] in
                xmlSetStructuredErrorFunc(collector.context, collectStructuredError)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                guard let parser = path.withCString({ xmlCreatePushParserCtxt(&sax, context.opaque, nil, 0, $0) })
                else {
                    throw .notWellFormed(path: path, "cannot create an XML parser")
                }
                defer { xmlFreeParserCtxt(parser) }
                _ = xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
                context.parser = parser
                while let chunk = nextChunk() {
                    if chunk.isEmpty { continue }
                    if first {
                        first = false
                        if XMLParsedDocument.prologDeclaresDoctype(chunk) { throw .doctypeRefused(path: path) }
                    }
                    if !sawContent {
                        sawContent = chunk.contains { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
                    }
                    let status = chunk.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress.map { base in
                            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                                xmlParseChunk(parser, $0, Int32(buffer.count), 0)
                            }
                        } ?? 0
                    }
                    if context.sawDoctype { throw .doctypeRefused(path: path) }
                    if status != 0 || parser.pointee.wellFormed == 0 {
                        failed = true
                        break
                    }
                }
                if !sawContent && !failed { throw .empty(path: path) }
                if !failed {
                    let status = xmlParseChunk(parser, nil, 0, 1)
                    if context.sawDoctype { throw .doctypeRefused(path: path) }
                    if status != 0 || parser.pointee.wellFormed == 0 { failed = true }
                }
                if failed {
                    let errors = collector.diagnostics.filter { $0.severity == .error }
                    throw errors.isEmpty ? .notWellFormed(path: path, "not well-formed XML") : .notWellFormed(errors)
                }
                if !context.sawRoot {
                    throw .notWellFormed(path: path, "no root element")
                }
                return collector.diagnostics.filter { $0.severity == .warning }
            }
        }
    }
}

/// State shared with the C callbacks through libxml2's user-data pointer.
private final class StreamContext {
    let handler: (XMLStreamEvent) -> XMLStreamControl
    var parser: xmlParserCtxtPtr?
    /// Depth inside an element whose content the handler skips.
    var skipDepth = 0
    var sawDoctype = false
    var sawRoot = false

    init(handler: @escaping (XMLStreamEvent) -> XMLStreamControl) { self.handler = handler }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> StreamContext? {
        guard let pointer else { return nil }
        return Unmanaged<StreamContext>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Line and column where the parser stands.
    var position: (line: Int, column: Int) {
        guard let input = parser?.pointee.input else { return (0, 0) }
        return (Int(input.pointee.line), Int(input.pointee.col))
    }
}

/// A Swift string from `count` bytes of UTF-8 (libxml2 hands out UTF-8 whatever the input encoding).
private func string(bytes: UnsafePointer<xmlChar>?, count: Int) -> String {
    guard let bytes, count > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
}

private let streamStartElement: startElementNsSAX2Func = {
    user, localName, prefix, uri, _, _, attributeCount, _, attributes in
    guard let context = StreamContext.from(user) else { return }
    context.sawRoot = true
    if context.skipDepth > 0 {
        context.skipDepth += 1
        return
    }
    let local = string(fromXML: localName)
    let qualified = prefix.map { string(fromXML: $0) + ":" + local } ?? local
    var list: [XML.Attribute] = []
    if let attributes, attributeCount > 0 {
        list.reserveCapacity(Int(attributeCount))
        for index in 0..<Int(attributeCount) {
            let base = index * 5
            let name = string(fromXML: attributes[base])
            let qualifiedName = attributes[base + 1].map { string(fromXML: $0) + ":" + name } ?? name
            var value = ""
            if let start = attributes[base + 3], let end = attributes[base + 4] {
                value = string(bytes: start, count: end - start)
            }
            // Without entity substitution libxml2 keeps an escaped "&" as "&#38;" in attribute values.
            if value.contains("&#38;") { value = value.replacing("&#38;", with: "&") }
            list.append(XML.Attribute(qualifiedName, value))
        }
    }
    let position = context.position
    let control = context.handler(
        .startElement(
            XMLStreamElement(
                name: qualified, localName: local, namespaceURI: uri.map { string(fromXML: $0) },
                attributes: list, line: position.line, column: position.column)))
    if control == .skipContent { context.skipDepth = 1 }
}

private let streamEndElement: endElementNsSAX2Func = { user, _, _, _ in
    guard let context = StreamContext.from(user) else { return }
    if context.skipDepth > 1 {
        context.skipDepth -= 1
        return
    }
    context.skipDepth = 0
    _ = context.handler(.endElement)
}

private let streamCharacters: charactersSAXFunc = { user, characters, count in
    guard let context = StreamContext.from(user), count > 0, context.skipDepth == 0 else { return }
    _ = context.handler(.text(string(bytes: characters, count: Int(count))))
}

private let streamRefuseSubset: internalSubsetSAXFunc = { user, _, _, _ in
    guard let context = StreamContext.from(user) else { return }
    context.sawDoctype = true
    if let parser = context.parser { xmlStopParser(parser) }
}
