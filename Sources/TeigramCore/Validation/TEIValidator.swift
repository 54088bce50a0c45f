import TeigramXML

/// The result of validating one file.
public struct ValidationResult: Sendable {
    /// The file.
    public var path: String
    /// Errors and warnings, in line order.
    public var diagnostics: [Diagnostic]
    /// True when there is no error.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// Validates TEI files: well-formedness (safe parsing), the RELAX NG schema, and ``IntegrityRules``.
/// One compiled schema serves all files and threads.
public struct TEIValidator: Sendable {
    /// The compiled schema.
    public let schema: RelaxNGSchema
    /// Whether to apply ``IntegrityRules`` too.
    public var checksIntegrity: Bool

    /// Compiles the schema at `schemaPath`.
    /// - Throws: ``Diagnostic`` when the schema cannot be read or compiled.
    /// Without `derivatives`, ``serializeValidated(_:path:)`` validates every document with libxml2 alone (a
    /// reference for the benchmark; see ``RelaxNGDerivativeGrammar``).
    public init(schemaPath: String, checksIntegrity: Bool = true, derivatives: Bool = true) throws(Diagnostic) {
        let bytes = try FileIO.read(schemaPath)
        do {
            schema = try RelaxNGSchema(bytes: bytes, path: schemaPath, derivatives: derivatives)
        } catch {
            throw Diagnostic(.error, path: schemaPath, "cannot compile RELAX NG schema: \(error)")
        }
        self.checksIntegrity = checksIntegrity
    }

    /// Creates a validator around an already compiled schema.
    public init(schema: RelaxNGSchema, checksIntegrity: Bool = true) {
        self.schema = schema
        self.checksIntegrity = checksIntegrity
    }

    /// Validates a document held in memory.
    public func validate(bytes: [UInt8], path: String) -> ValidationResult {
        let parsed: XMLParsedDocument
        do {
            parsed = try XMLParsedDocument(bytes: bytes, path: path)
        } catch {
            if case .notWellFormed(let errors) = error {
                return ValidationResult(path: path, diagnostics: errors.map(Diagnostic.init))
            }
            return ValidationResult(path: path, diagnostics: [Diagnostic(.error, path: path, Self.message(error))])
        }
        var diagnostics = parsed.warnings.map(Diagnostic.init)
        diagnostics += schema.validate(parsed).map(Diagnostic.init)
        if checksIntegrity {
            // Only elements with attributes can break the rules; child names are needed for correspAction.
            var elements: [XMLElementSummary] = []
            parsed.forEachElementSummary(attributedOnly: true, childNamesFor: IntegrityRules.elementsNeedingChildren) { elements.append($0) }
            if let root = parsed.rootElement, let finding = Self.rootFinding(name: root.name, namespaceURI: root.namespaceURI, line: root.line, path: path) {
                diagnostics.append(finding)
            }
            diagnostics += IntegrityRules.check(elements: elements, path: path)
        }
        return ValidationResult(path: path, diagnostics: diagnostics)
    }

    /// Serialises a document that Teigram built and validates what is written without parsing the bytes
    /// again: the schema on the tree (by derivatives, and by libxml2 on its tree of the document when they do
    /// not accept it; see ``XMLSerializer/serialize(_:validatingAgainst:)``) and the integrity rules on
    /// `document`. A built tree has no line numbers, so when either finds a problem the bytes are validated
    /// as a file (``validate(bytes:path:)``) and those findings, with lines, are returned.
    /// - Parameters:
    ///   - document: the tree to write.
    ///   - path: where the bytes will be written, for the findings.
    public func serializeValidated(_ document: XMLDocument, path: String) -> (output: XMLSerializer.Output, validation: ValidationResult) {
        let output = XMLSerializer.serialize(document, validatingAgainst: schema)
        var clean = output.schemaDiagnostics?.isEmpty ?? false
        if clean && checksIntegrity {
            clean = Self.rootFinding(name: document.root.name, namespaceURI: document.root.namespaceURI, line: 0, path: path) == nil
                && IntegrityRules.holds(in: document)
        }
        let validation = clean ? ValidationResult(path: path, diagnostics: []) : validate(bytes: output.bytes, path: path)
        return (output, validation)
    }

    /// Validates a file.
    public func validate(file path: String) -> ValidationResult {
        do {
            return validate(bytes: try FileIO.read(path), path: path)
        } catch {
            return ValidationResult(path: path, diagnostics: [error])
        }
    }

    /// The finding when the root element is not `<TEI>` in the TEI namespace.
    static func rootFinding(name: String, namespaceURI: String?, line: Int, path: String) -> Diagnostic? {
        guard namespaceURI != teiNamespace || name != "TEI" else { return nil }
        return Diagnostic(.error, path: path, line: line,
            "root element is <\(name)> in namespace '\(namespaceURI ?? "")'; expected <TEI> in \(teiNamespace)")
    }

    static func message(_ error: XMLReadError) -> String {
        let text = error.description
        // Strip the "path:line:col: error: " prefix the read error already carries.
        if let range = text.range(of: ": error: ") { return String(text[range.upperBound...]) }
        return text
    }
}
