import Foundation
import TeigramXML

/// Plain text out of any TEI P5 document: `teigram text`.
///
/// **What is text.** The `text` element (front, body, back; `group` and nested `text` too). The `teiHeader`
/// only with ``TextOptions/includeHeader``, then as a short citation block before the text: title
/// (`titleStmt/title`, the main one), date (`correspAction[@type='sent']/date`, else `publicationStmt/date`),
/// sender → recipient (`correspDesc`), funder, source (`sourceDesc` `bibl`s, else `msIdentifier` text),
/// rights (`availability`) and the summary (`abstract`, where Teigram's encoder puts the editorial summary).
/// `standOff`, `facsimile` and `sourceDoc` are never text. A `teiCorpus` gives each `TEI` in turn; a root in
/// the TEI namespace that is not `TEI` (a lone `div`) is read as text throughout.
///
/// **White space as a reader sees it.** Block elements (`p`, `head`, `div`, `opener`, `closer`, `list`,
/// `item`, `dateline`, `salute`, `signed`, `titlePart`, `l`, `lg`, `sp`, `speaker`, `stage`, `row`, …) start
/// a new line, paragraph-like ones after a blank line. Every other element, known or not, is inline and adds
/// or removes no space: `Wash<hi>ington</hi>` stays one word. `lb` is a line break, `lb break="no"` joins
/// without a space; `pb`, `cb`, `milestone` add nothing (spaces around them stay as they were). Runs of
/// white space become one space unless `xml:space="preserve"` is in force; indentation between blocks never
/// gives a stray space.
///
/// **Editorial markup** follows ``TextOptions``: notes inline in brackets (or numbered at the end, or
/// dropped), the normalised or diplomatic reading of `choice`, `supplied` in brackets, `gap` as "[…]".
///
/// Rendering is total: elements that have no text (`graphic`) or are not TEI are reported as warnings, never
/// thrown. Only a document that cannot be read (missing, not well-formed, DTD, not TEI) gives a failure.
public struct PlainTextExtractor: Sendable {
    /// The rendering options.
    public var options: TextOptions

    /// Creates an extractor.
    public init(options: TextOptions = TextOptions()) {
        self.options = options
    }

    /// Renders a document tree (parsed, or built by the encoder), as its written bytes would be rendered.
    public func extract(_ document: XML.Document, path: String) -> TextExtraction {
        let renderer = TextRenderer(options: options, path: path)
        XMLEvents.emit(.element(document.laidOut().root), inheritedNamespace: nil) { _ = renderer.consume($0) }
        return result(renderer, path: path, parseWarnings: [])
    }

    /// Renders a document tree as ``extract(_:path:)`` does, with the spans of the elements of its text (see
    /// ``AnnotatedText`` for the contract). A document that is not TEI gives empty text and no spans.
    public func annotate(_ document: XML.Document, path: String) -> AnnotatedText {
        let renderer = TextRenderer(options: options, path: path, recordsSpans: true)
        XMLEvents.emit(.element(document.laidOut().root), inheritedNamespace: nil) { _ = renderer.consume($0) }
        guard renderer.rejection == nil else { return AnnotatedText(text: "", spans: []) }
        let text = renderer.finish()
        return AnnotatedText(
            text: text, spans: AnnotatedText.trimmed(renderer.recordedSpans, in: text),
            dependsOnEdition: renderer.sawEditionMarkup)
    }

    /// Parses `bytes` with the streaming reader (no tree is built) and renders them.
    public func extract(bytes: [UInt8], path: String) -> TextExtraction {
        let renderer = TextRenderer(options: options, path: path)
        do {
            let warnings = try XMLEventReader.read(bytes: bytes, path: path) { renderer.consume($0) }
            return result(renderer, path: path, parseWarnings: warnings)
        } catch {
            return failure(error, path: path)
        }
    }

    /// Reads and renders a file in chunks of 1 MiB with the streaming reader: memory stays bounded by the
    /// text produced, not by the size of the file.
    public func extract(fileAt path: String) -> TextExtraction {
        let handle: FileHandle
        switch Result(catching: { () throws(Diagnostic) -> FileHandle in try FileIO.openForReading(path) }) {
        case .success(let opened): handle = opened
        case .failure(let diagnostic):
            return TextExtraction(path: path, text: "", diagnostics: [diagnostic], failure: .unreadable)
        }
        defer { try? handle.close() }
        let renderer = TextRenderer(options: options, path: path)
        var readError: Error?
        do {
            let warnings = try XMLEventReader.read(
                path: path,
                nextChunk: {
                    do {
                        guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { return nil }
                        return [UInt8](data)
                    } catch {
                        readError = error
                        return nil
                    }
                }, onEvent: { renderer.consume($0) })
            if let readError {
                return TextExtraction(
                    path: path, text: "",
                    diagnostics: [
                        Diagnostic(.error, .io, path: path, "cannot read file: \(readError.localizedDescription)")
                    ], failure: .unreadable)
            }
            return result(renderer, path: path, parseWarnings: warnings)
        } catch {
            return failure(error, path: path)
        }
    }

    private func result(_ renderer: TextRenderer, path: String, parseWarnings: [Diagnostic]) -> TextExtraction {
        let warnings = parseWarnings + renderer.warnings
        if let rejection = renderer.rejection {
            return TextExtraction(path: path, text: "", diagnostics: [rejection], failure: .invalid)
        }
        return TextExtraction(path: path, text: renderer.finish(), diagnostics: warnings, failure: nil)
    }

    private func failure(_ error: XMLReadError, path: String) -> TextExtraction {
        var diagnostic =
            error.diagnostics.first ?? Diagnostic(.error, .notWellFormed, path: path, "not well-formed XML")
        if case .notWellFormed = error { diagnostic.message += " (not well-formed XML)" }
        return TextExtraction(path: path, text: "", diagnostics: [diagnostic], failure: .invalid)
    }
}
