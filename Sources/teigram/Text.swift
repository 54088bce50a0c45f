import ArgumentParser
import Foundation
import TeigramCore

extension TextOptions.NoteMode: ExpressibleByArgument {}
extension TextOptions.Edition: ExpressibleByArgument {}
extension TextOptions.SuppliedMode: ExpressibleByArgument {}
extension TextOptions.GapMode: ExpressibleByArgument {}

extension Teigram {
    /// `teigram text [options] FILE...`
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "text",
            abstract: "Plain text out of TEI P5 files.",
            discussion: """
                Gives the text element (front, body, back) as a reader sees it: block elements on their own \
                lines, paragraphs separated by a blank line, white space collapsed unless xml:space="preserve", \
                inline markup adding no spaces, lb as a line break. With --header a citation block comes first: \
                title, date, sender → recipient, funder, source, rights and the summary (abstract). standOff is \
                never text. Files are printed one after another on standard output, separated by a blank line, or \
                written to DIR/<base name>.txt with --output (atomic writes). Any TEI works: unknown elements are \
                inline, teiCorpus gives each TEI in turn. The file is streamed, never held as a tree. Exit 0 all \
                files done, 1 any file not well-formed, declaring a DTD, or not TEI, 2 a file missing or unreadable.
                """
        )

        @Option(
            help:
                "Notes: none (dropped), inline ('[note]' where it stands), or end (numbered markers, notes at the end)."
        )
        var notes: TextOptions.NoteMode = .inline

        @Option(help: "Reading inside choice: diplomatic (orig, sic, abbr) or normalised (reg, corr, expan).")
        var edition: TextOptions.Edition = .normalised

        @Option(help: "Editorial insertions (supplied): brackets ('[text]'), plain, or omit.")
        var supplied: TextOptions.SuppliedMode = .brackets

        @Option(help: "Omissions (gap): marker ('[…]') or none.")
        var gaps: TextOptions.GapMode = .marker

        @Flag(
            help:
                "Begin with a citation block from the teiHeader (title, date, sender → recipient, source, rights, summary)."
        )
        var header = false

        @Option(name: .shortAndLong, help: "Write DIR/<base name>.txt for each file instead of printing.")
        var output: String?

        @Option(help: "Output format: text, or json (one object per file: path, text, diagnostics).")
        var format: Format = .text

        @Argument(help: "TEI files.")
        var files: [String]

        enum Format: String, ExpressibleByArgument { case text, json }

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one TEI file") }
        }

        func run() throws {
            let extractor = PlainTextExtractor(
                options: TextOptions(
                    notes: notes, edition: edition, supplied: supplied, gaps: gaps, includeHeader: header))
            var unreadable = false
            var invalid = false
            var printed = 0
            var jsonFiles: [[String: Any]] = []
            // Progress only when the text goes to files: on standard output it would mix with the text.
            let progress = output != nil && format == .text ? ProgressLine.make("extracting") : nil
            defer { progress?.finish() }
            for (number, path) in files.enumerated() {
                let extraction = extractor.extract(fileAt: path)
                if !extraction.diagnostics.isEmpty { progress?.finish() }
                Console.print(extraction.diagnostics)
                progress?.update(done: number + 1, total: files.count)
                switch extraction.failure {
                case .unreadable?: unreadable = true
                case .invalid?: invalid = true
                case nil: break
                }
                if format == .json {
                    jsonFiles.append([
                        "path": path, "text": extraction.text, "ok": extraction.failure == nil,
                        "diagnostics": extraction.diagnostics.map {
                            [
                                "severity": $0.severity.rawValue, "line": $0.line, "column": $0.column,
                                "message": $0.message,
                            ]
                        },
                    ])
                    continue
                }
                guard extraction.failure == nil else { continue }
                if let directory = output {
                    let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                    do {
                        try FileIO.writeAtomically(Array(extraction.text.utf8), to: directory + "/" + base + ".txt")
                    } catch {
                        Console.print([error])
                        unreadable = true
                    }
                } else {
                    Console.out((printed > 0 ? "\n" : "") + extraction.text)
                    printed += 1
                }
            }
            if format == .json {
                let data = try JSONSerialization.data(
                    withJSONObject: ["files": jsonFiles], options: [.sortedKeys, .prettyPrinted])
                if let directory = output {
                    do {
                        try FileIO.writeAtomically([UInt8](data) + [0x0A], to: directory + "/text.json")
                    } catch {
                        Console.print([error])
                        unreadable = true
                    }
                } else {
                    Console.out(String(decoding: data, as: UTF8.self) + "\n")
                }
            }
            if unreadable { throw ExitStatus.usage }
            if invalid { throw ExitStatus.invalid }
        }
    }
}
