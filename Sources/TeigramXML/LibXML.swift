import CLibXML2
import Foundation

/// One-time, process-wide libxml2 set-up: initialise the parser from whichever thread comes first (libxml2
/// makes that safe), silence the generic error channel and install the deny-all external entity loader, so
/// no file, URL or DTD is ever fetched while reading untrusted input.
///
/// The XML Schema datatypes and the RELAX NG type libraries are registered here too. libxml2 (2.9) does it
/// on the first schema compile without a lock, so two schemas compiled at once on two threads could each
/// build the tables while the other was reading them: "Error type 'date' is not exported by type library"
/// (seen under ThreadSanitizer in XMLLayerTests' oneSchemaServesManyThreads).
let libxmlSetUp: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
    xmlRelaxNGInitTypes()
    teigram_silence_generic_errors()
    teigram_install_deny_all_entity_loader()
}()

/// Calls `body` with `string` as a NUL-terminated `xmlChar` string (no copy for native Swift strings, which
/// are contiguous UTF-8; libxml2 copies what it keeps). An interior U+0000 ends the C string there.
func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
    try string.withCString { pointer in
        // CChar and xmlChar (UInt8) are the signed and unsigned variants of one type: they may alias.
        try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
    }
}

/// A Swift string from a libxml2 string, `""` for NULL.
func string(fromXML pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}

/// Collects libxml2's structured errors for one operation on one thread.
final class XMLErrorCollector {
    let path: String
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// libxml2 may repeat itself on cascades: cap what one document can report.
    let limit = 200

    init(path: String) { self.path = path }

    func record(_ error: xmlError) {
        guard diagnostics.count < limit else { return }
        var line = Int(error.line)
        if line == 0, let node = error.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
        let column = error.domain == Int32(XML_FROM_RELAXNGV.rawValue) ? 0 : Int(max(error.int2, 0))
        let severity: XMLDiagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        var message = string(fromXML: error.message.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) })
        message = message.trimmingWhitespace()
        if let node = error.node, error.domain == Int32(XML_FROM_RELAXNGV.rawValue) {
            let pointer = node.assumingMemoryBound(to: xmlNode.self)
            if pointer.pointee.type == XML_ELEMENT_NODE, let name = pointer.pointee.name {
                message = Self.actionable(message, element: string(fromXML: name), node: pointer)
            }
        }
        diagnostics.append(XMLDiagnostic(severity: severity, path: path, line: max(line, 0), column: column, message: message))
    }

    /// libxml2's RELAX NG messages made into ones a person can act on: the element is always named, an
    /// invalid attribute shows its value, a missing child says so.
    static func actionable(_ message: String, element: String, node: xmlNodePtr) -> String {
        if message.hasPrefix("Invalid attribute "), let forRange = message.range(of: " for element ") {
            let attribute = String(message[message.index(message.startIndex, offsetBy: "Invalid attribute ".count)..<forRange.lowerBound])
            let value = withXMLString(attribute) { name -> String? in
                guard let raw = xmlGetProp(node, name) else { return nil }
                defer { teigram_xml_free(raw) }
                return string(fromXML: raw)
            }
            if let value {
                return "invalid value \"\(value)\" for attribute @\(attribute) of <\(element)>"
            }
            return "attribute @\(attribute) is not allowed on <\(element)>"
        }
        if message.hasPrefix("Expecting an element , got nothing") || message == "Expecting an element, got nothing" {
            return "<\(element)> is incomplete: a required child element is missing"
        }
        if message.hasPrefix("Element \(element) failed to validate attributes") || message.hasPrefix("Element ") && message.hasSuffix("failed to validate attributes") {
            let names = Self.attributeNames(of: node)
            return "attributes of <\(element)> do not match the schema: a required one is missing or one is not allowed (has: \(names.isEmpty ? "none" : names.joined(separator: ", ")))"
        }
        if message.hasPrefix("Element \(element) failed to validate content") {
            return "content of <\(element)> does not match the schema (see the errors inside it)"
        }
        if message.contains(element) { return message }
        return message + " (in <\(element)>)"
    }

    static func attributeNames(of node: xmlNodePtr) -> [String] {
        XMLParsedDocument.attributes(of: node).map { "@" + $0.name }
    }

    /// Opaque pointer for C callbacks; valid while `self` is alive (callers use `withExtendedLifetime`).
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// The structured error callback shared by the parser and the RELAX NG contexts.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
    collector.record(error.pointee)
}

extension String {
    /// The string without leading and trailing white space and newlines.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
