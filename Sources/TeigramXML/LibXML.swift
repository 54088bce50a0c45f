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
    private(set) var diagnostics: [Diagnostic] = []
    /// libxml2 may repeat itself on cascades: cap what one document can report.
    let limit = 200

    init(path: String) { self.path = path }

    func record(_ error: xmlError) {
        guard diagnostics.count < limit else { return }
        let domain = error.domain
        let isValidation = domain == Int32(XML_FROM_RELAXNGV.rawValue)
        let kind: Diagnostic.Kind =
            isValidation || domain == Int32(XML_FROM_RELAXNGP.rawValue) || domain == Int32(XML_FROM_DATATYPE.rawValue)
            ? .schema : .notWellFormed
        var line = Int(error.line)
        var element: xmlNodePtr?
        if let node = error.node {
            let pointer = node.assumingMemoryBound(to: xmlNode.self)
            if line == 0 { line = Int(xmlGetLineNo(pointer)) }
            if pointer.pointee.type == XML_ELEMENT_NODE { element = pointer }
        }
        let column = isValidation ? 0 : Int(max(error.int2, 0))
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        var message = string(fromXML: error.message.map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) })
            .trimmingWhitespace()
        if isValidation, let element {
            message = Self.actionable(
                code: error.code, message: message, element: element,
                firstArgument: error.str1.map { String(cString: $0) })
        }
        diagnostics.append(Diagnostic(severity, kind, path: path, line: max(line, 0), column: column, message))
    }

    /// libxml2's RELAX NG finding (`xmlRelaxNGValidErr` in `code`, its first argument in `firstArgument`)
    /// made into one a person can act on: the element is always named, an invalid attribute shows its value,
    /// a missing child says so. Decided by the error code, never by the English text, which libxml2 releases
    /// may reword; other codes keep libxml2's message, with the element named.
    static func actionable(code: Int32, message: String, element node: xmlNodePtr, firstArgument: String?) -> String {
        let element = string(fromXML: node.pointee.name)
        switch UInt32(bitPattern: code) {
        case XML_RELAXNG_ERR_INVALIDATTR.rawValue:
            guard let attribute = firstArgument else { break }
            let value = withXMLString(attribute) { name -> String? in
                guard let raw = xmlGetProp(node, name) else { return nil }
                defer { teigram_xml_free(raw) }
                return string(fromXML: raw)
            }
            if let value { return "invalid value \"\(value)\" for attribute @\(attribute) of <\(element)>" }
            return "attribute @\(attribute) is not allowed on <\(element)>"
        case XML_RELAXNG_ERR_NOELEM.rawValue:
            return "<\(element)> is incomplete: a required child element is missing"
        case XML_RELAXNG_ERR_ATTRVALID.rawValue:
            let names = XMLParsedDocument.attributes(of: node).map { "@" + $0.name }
            return "attributes of <\(element)> do not match the schema: a required one is missing or one is not allowed"
                + " (has: \(names.isEmpty ? "none" : names.joined(separator: ", ")))"
        case XML_RELAXNG_ERR_CONTENTVALID.rawValue:
            return "content of <\(element)> does not match the schema (see the errors inside it)"
        default:
            break
        }
        return message.contains(element) ? message : message + " (in <\(element)>)"
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
