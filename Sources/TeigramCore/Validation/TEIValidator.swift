import TeigramXML

/// Validates TEI with libxml2, Teigram's validator of record: well-formedness (safe parsing), the RELAX NG
/// schema, and then ``IntegrityRules`` (what a schema cannot express). One compiled schema serves all files
/// and threads.
public struct TEIValidator: Sendable {
    /// The compiled schema.
    public let schema: RelaxNGSchema
    /// Whether to apply ``IntegrityRules`` too.
    public var checksIntegrity: Bool
    /// Which integrity rules: those the schema asks for (``IntegrityRules/RuleSet/init(schema:)``).
    public var rules: IntegrityRules.RuleSet

    /// Compiles the schema in `bytes`, read from `schemaPath` (a name for diagnostics).
    /// - Throws: ``Diagnostic`` (kind ``Diagnostic/Kind/schema`` or ``Diagnostic/Kind/notWellFormed``) when the
    ///   schema cannot be compiled.
    public init(schemaBytes bytes: [UInt8], schemaPath: String, checksIntegrity: Bool = true) throws(Diagnostic) {
        do {
            schema = try RelaxNGSchema(bytes: bytes, path: schemaPath)
        } catch {
            var finding =
                error.diagnostics.first ?? Diagnostic(.error, .schema, path: schemaPath, "not a usable RELAX NG schema")
            finding.message = "cannot compile RELAX NG schema: " + finding.message
            throw finding
        }
        self.checksIntegrity = checksIntegrity
        rules = IntegrityRules.RuleSet(schema: bytes)
    }

    /// Reads and compiles the schema at `schemaPath`.
    /// - Throws: ``Diagnostic`` when the schema cannot be read (kind ``Diagnostic/Kind/io``) or compiled.
    public init(schemaPath: String, checksIntegrity: Bool = true) throws(Diagnostic) {
        try self.init(
            schemaBytes: try FileIO.read(schemaPath), schemaPath: schemaPath, checksIntegrity: checksIntegrity)
    }

    /// Creates a validator around an already compiled schema, with the integrity rules `rules`.
    public init(schema: RelaxNGSchema, checksIntegrity: Bool = true, rules: IntegrityRules.RuleSet) {
        self.schema = schema
        self.checksIntegrity = checksIntegrity
        self.rules = rules
    }

    /// Validates a document held in memory: parsed once by libxml2, validated against the schema, then the
    /// integrity rules on the parsed document.
    public func validate(bytes: [UInt8], path: String) -> ValidationResult {
        validate(bytes: bytes, path: path, builtFrom: nil)
    }

    /// Serialises a document that Teigram built and validates the bytes written, as any file is validated:
    /// libxml2 parses them and validates them against the schema. The integrity rules are checked on
    /// `document` (the same infoset, when the writer dropped no character), and only when they find
    /// something are the findings made again from the parsed bytes, with lines.
    /// - Parameters:
    ///   - document: the tree to write.
    ///   - path: where the bytes will be written, for the findings.
    public func serializeValidated(_ document: XML.Document, path: String) -> (
        output: XMLSerializer.Output, validation: ValidationResult
    ) {
        let output = XMLSerializer.serialize(document)
        let validation = validate(
            bytes: output.bytes, path: path, builtFrom: output.droppedCharacters.isEmpty ? document : nil)
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

    /// Parses and validates `bytes`; `tree`, when given, is the document the bytes were written from, on which
    /// the integrity rules may be checked without walking the parsed document.
    private func validate(bytes: [UInt8], path: String, builtFrom tree: XML.Document?) -> ValidationResult {
        let parsed: XMLParsedDocument
        do {
            parsed = try XMLParsedDocument(bytes: bytes, path: path)
        } catch {
            return ValidationResult(path: path, diagnostics: error.diagnostics)
        }
        var diagnostics = parsed.warnings
        diagnostics += schema.validate(parsed)
        guard checksIntegrity else { return ValidationResult(path: path, diagnostics: diagnostics) }
        if let tree,
            Self.rootFinding(name: tree.root.name, namespaceURI: tree.root.namespaceURI, line: 0, path: path) == nil,
            IntegrityRules.holds(in: tree, rules: rules)
        {
            return ValidationResult(path: path, diagnostics: diagnostics)
        }
        // Only elements with attributes can break the rules; child names are needed for correspAction.
        var elements: [XMLElementSummary] = []
        parsed.forEachElementSummary(attributedOnly: true, childNamesFor: IntegrityRules.elementsNeedingChildren) {
            elements.append($0)
        }
        if let root = parsed.rootElement,
            let finding = Self.rootFinding(
                name: root.name, namespaceURI: root.namespaceURI, line: root.line, path: path)
        {
            diagnostics.append(finding)
        }
        diagnostics += IntegrityRules.check(elements: elements, path: path, rules: rules)
        return ValidationResult(path: path, diagnostics: diagnostics)
    }

    /// The finding when the root element is not `<TEI>` in the TEI namespace.
    static func rootFinding(name: String, namespaceURI: String?, line: Int, path: String) -> Diagnostic? {
        guard namespaceURI != teiNamespace || name != "TEI" else { return nil }
        return Diagnostic(
            .error, .schema, path: path, line: line,
            "root element is <\(name)> in namespace '\(namespaceURI ?? "")'; expected <TEI> in \(teiNamespace)")
    }
}
