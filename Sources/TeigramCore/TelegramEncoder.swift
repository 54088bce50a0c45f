import TeigramXML

/// The encoding pipeline, one visible chain: raw bytes → ``SourceText`` → ``TelegramPage`` (reading) →
/// ``TelegramMetadata`` (+ sidecar ``Sidecar``) → TEI tree (``TEIWriter``, tagging with the
/// ``Authority``) → bytes (``XMLSerializer``).
public struct TelegramEncoder: Sendable {
    /// The writer, holding the authority.
    public let writer: TEIWriter

    /// Creates an encoder.
    public init(authority: Authority, schemaHref: String = "../Schemas/teigram.rng") {
        writer = TEIWriter(authority: authority, schemaHref: schemaHref)
    }

    /// Encodes one telegram.
    /// - Parameters:
    ///   - bytes: the raw file.
    ///   - path: the path for diagnostics.
    ///   - documentID: the base name, used for the root `xml:id`.
    ///   - sidecar: the editor's sidecar, if any.
    ///   - validation: when given, the validator and the path of the TEI file for its findings: the tree
    ///     is validated as it is serialised (``TEIValidator/serializeValidated(_:path:)``).
    /// - Throws: ``Diagnostic`` for input that is not a readable text file.
    public func encode(
        bytes: [UInt8], path: String, documentID: String, sidecar: Sidecar = Sidecar(),
        validation: (validator: TEIValidator, outputPath: String)? = nil
    ) throws(Diagnostic) -> EncodedTelegram {
        let source = try SourceText(bytes: bytes, path: path)
        let page = PageReader.read(source)
        var metadata = MetadataReader.read(page)
        sidecar.apply(to: &metadata)
        let (document, report) = writer.encode(page: page, metadata: metadata, documentID: documentID)
        let output: XMLSerializer.Output
        var validationResult: ValidationResult?
        if let validation {
            (output, validationResult) = validation.validator.serializeValidated(document, path: validation.outputPath)
        } else {
            output = XMLSerializer.serialize(document)
        }
        var finalReport = report
        for dropped in output.droppedCharacters {
            finalReport.warnings.append(
                Diagnostic(
                    .warning, .heuristic, path: path,
                    "character U+\(String(dropped.character.value, radix: 16, uppercase: true)) cannot be written in XML and was dropped (in \(dropped.element))"
                ))
        }
        return EncodedTelegram(tree: document, bytes: output.bytes, report: finalReport, validation: validationResult)
    }
}

extension TelegramEncoder {
    /// Encodes the telegram at `path` (with its sidecar) into `outputDirectory/<base name>.xml`: validated
    /// by `validator` (libxml2 and the integrity rules) and written atomically only when valid, so an earlier
    /// output is never replaced by an invalid one. Returns the warnings, or the errors that stopped it.
    public func encodeFile(_ path: String, outputDirectory: String, validator: TEIValidator) -> [Diagnostic] {
        do {
            let bytes = try FileIO.read(path)
            let sidecar = try Project.sidecar(for: path)
            let outputPath = outputDirectory + "/" + Project.baseName(path) + ".xml"
            let encoded = try encode(
                bytes: bytes, path: path, documentID: Project.baseName(path), sidecar: sidecar,
                validation: (validator, outputPath))
            if let validation = encoded.validation, !validation.isValid {
                return encoded.report.warnings + validation.diagnostics
            }
            try FileIO.writeAtomically(encoded.bytes, to: outputPath)
            return encoded.report.warnings
        } catch {
            return [error]
        }
    }
}
