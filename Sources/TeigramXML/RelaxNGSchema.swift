import CLibXML2

/// A RELAX NG schema compiled once by libxml2 and shared by any number of validations, on any threads
/// (each validation gets its own validation context; the compiled grammar is read-only).
public final class RelaxNGSchema: @unchecked Sendable {
    private let pointer: xmlRelaxNGPtr
    /// The path the schema was read from.
    public let path: String
    /// The same grammar compiled for validating Swift trees by derivatives (``RelaxNGDerivativeGrammar``);
    /// `nil` when the schema uses a construct that validator does not implement, or when not asked for.
    public let derivatives: RelaxNGDerivativeGrammar?

    /// Compiles the RELAX NG (XML syntax) schema in `bytes`. Includes and external references cannot be
    /// followed (the entity loader refuses all), so the schema must be self-contained.
    /// With `derivatives` (the default), the grammar is also compiled for ``accepts(_:)``.
    /// - Throws: the compile errors as diagnostics.
    public init(bytes: [UInt8], path: String, derivatives: Bool = true) throws(XMLReadError) {
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
            throw .notWellFormed(errors.isEmpty
                ? [XMLDiagnostic(path: path, line: 0, column: 0, message: "not a usable RELAX NG schema")] : errors)
        }
        pointer = compiled
        self.path = path
        self.derivatives = derivatives ? RelaxNGDerivativeGrammar(schema: document.tree().root) : nil
    }

    /// Whether the Swift tree `document` is certainly valid, decided without building a libxml2 tree
    /// (``RelaxNGDerivativeGrammar``). `false` means "not shown valid here": validate with libxml2 for the
    /// verdict and its messages. Thread-safe.
    public func accepts(_ document: XMLDocument) -> Bool {
        derivatives?.accepts(document) ?? false
    }

    deinit { xmlRelaxNGFree(pointer) }

    /// Validates a parsed document; an empty result means valid. Thread-safe.
    public func validate(_ document: XMLParsedDocument) -> [XMLDiagnostic] {
        withExtendedLifetime(document) { validate(document.pointer, path: document.path) }
    }

    /// Validates a libxml2 document owned by the caller (parsed or built); an empty result means valid.
    func validate(_ document: xmlDocPtr, path: String) -> [XMLDiagnostic] {
        let collector = XMLErrorCollector(path: path)
        let result: Int32 = withExtendedLifetime(collector) {
            guard let context = xmlRelaxNGNewValidCtxt(pointer) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, collectStructuredError, collector.context)
            return xmlRelaxNGValidateDoc(context, document)
        }
        var diagnostics = collector.diagnostics
        if result != 0 && diagnostics.isEmpty {
            diagnostics.append(XMLDiagnostic(
                path: path, line: 0, column: 0,
                message: result < 0 ? "internal error while validating" : "document is not valid"))
        }
        return diagnostics
    }
}
