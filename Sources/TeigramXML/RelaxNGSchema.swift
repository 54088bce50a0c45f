import CLibXML2

/// A RELAX NG schema compiled once by libxml2 and shared by any number of validations, on any threads:
/// each validation gets its own validation context, and the compiled grammar is only read.
///
/// libxml2 is Teigram's validator of record: every verdict on a document comes from here.
public final class RelaxNGSchema: @unchecked Sendable {
    private let pointer: xmlRelaxNGPtr
    /// The path the schema was read from.
    public let path: String

    /// Compiles the RELAX NG (XML syntax) schema in `bytes`. Includes and external references cannot be
    /// followed (the entity loader refuses all), so the schema must be self-contained.
    /// - Throws: the compile errors, as diagnostics of kind ``Diagnostic/Kind/schema`` (or
    ///   ``Diagnostic/Kind/notWellFormed`` when the schema is not XML).
    public init(bytes: [UInt8], path: String) throws(XMLReadError) {
        _ = libxmlSetUp
        let document = try XMLParsedDocument(bytes: bytes, path: path)
        let collector = XMLErrorCollector(path: path)
        let compiled: xmlRelaxNGPtr? = withExtendedLifetime(document) {
            withExtendedLifetime(collector) {
                guard let parser = xmlRelaxNGNewDocParserCtxt(document.pointer) else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                xmlRelaxNGSetParserStructuredErrors(parser, collectStructuredError, collector.context)
                return xmlRelaxNGParse(parser)
            }
        }
        guard let compiled else {
            let errors = collector.diagnostics.filter { $0.severity == .error }
            throw .notWellFormed(
                errors.isEmpty
                    ? [Diagnostic(.error, .schema, path: path, "not a usable RELAX NG schema")] : errors)
        }
        pointer = compiled
        self.path = path
    }

    deinit { xmlRelaxNGFree(pointer) }

    /// Validates a parsed document; an empty result means valid. Thread-safe for distinct documents (libxml2
    /// records `xsd:ID` values on the document it validates, so one document is validated on one thread at
    /// a time).
    public func validate(_ document: XMLParsedDocument) -> [Diagnostic] {
        withExtendedLifetime(document) { validate(document.pointer, path: document.path) }
    }

    /// Validates a libxml2 document owned by the caller; an empty result means valid.
    func validate(_ document: xmlDocPtr, path: String) -> [Diagnostic] {
        let collector = XMLErrorCollector(path: path)
        let result: Int32 = withExtendedLifetime(collector) {
            guard let context = xmlRelaxNGNewValidCtxt(pointer) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, collectStructuredError, collector.context)
            return xmlRelaxNGValidateDoc(context, document)
        }
        var diagnostics = collector.diagnostics
        if result != 0 && diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, .schema, path: path,
                    result < 0 ? "internal error while validating" : "document is not valid"))
        }
        return diagnostics
    }
}
