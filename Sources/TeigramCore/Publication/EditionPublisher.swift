import Foundation
import TeigramXML

/// `teigram publish`: the TEI of `Output/` as an edition for readers, aggregators and pipelines, in one
/// folder (default `Output/edition/`):
///
/// - `index.html`, `telegrams/<id>.html`, `persons.html`, `places.html`, `organisations.html`,
///   `edition.css`, `edition.js`: the reading edition, complete without network or script;
/// - `tei/<id>.xml` (the TEI as built) and `text/<id>.txt` (what `teigram text` gives), so the folder can be
///   served alone;
/// - `cmif.xml` (``CMIFWriter``), `places.geojson` (``PlacesGeoJSONWriter``), `telegrams.jsonl`
///   (``TelegramRecordWriter``, in file-name order).
///
/// **Memory** is bounded by one chunk of telegrams plus a small ``EditionListing`` per telegram: texts and
/// pages are written as each chunk is done. **Unchanged files are not rewritten** (their bytes are compared
/// first), and files of telegrams that are gone are removed. A TEI file that cannot be read is reported and
/// skipped, and its earlier pages are kept. Output is the same for any number of jobs.
public struct EditionPublisher: Sendable {
    /// What a run did.
    public struct Summary: Sendable {
        /// Telegrams published.
        public var telegrams = 0
        /// Files written because they were new or changed.
        public var written = 0
        /// Files left as they were because their bytes were the same.
        public var unchanged = 0
        /// Files of telegrams that are gone, removed.
        public var removed = 0
        /// Letters (`correspDesc`) in `cmif.xml`.
        public var letters = 0
        /// Correspondent slots (senders and recipients of all letters), and how many of them carry an
        /// authority URI in `cmif.xml`.
        public var correspondents = 0
        public var correspondentsWithURI = 0
        /// Register entries, and places in `places.geojson`.
        public var entries = 0
        public var mappedPlaces = 0
        /// Errors (unreadable TEI) and warnings.
        public var diagnostics: [Diagnostic] = []

        /// Whether some TEI file could not be published.
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The TEI files to publish, in file-name order.
    public var teiFiles: [String]
    /// The edition folder.
    public var outputDirectory: String
    /// The edition's settings.
    public var settings: EditionSettings
    /// Worker threads.
    public var jobs: Int

    /// Telegrams converted per chunk.
    static let chunkSize = 256

    /// Creates a publisher.
    public init(teiFiles: [String], outputDirectory: String, settings: EditionSettings, jobs: Int) {
        self.teiFiles = teiFiles
        self.outputDirectory = outputDirectory
        self.settings = settings
        self.jobs = max(1, jobs)
    }

    /// The publisher of a project: every `Output/*.xml` into `Output/edition/` (or `outputDirectory`).
    /// - Throws: ``Diagnostic`` when `Corpus/edition.meta` cannot be read.
    public static func forProject(_ project: Project, outputDirectory: String? = nil, jobs: Int) throws(Diagnostic)
        -> EditionPublisher
    {
        EditionPublisher(
            teiFiles: FileIO.files(in: project.output, suffix: ".xml"),
            outputDirectory: outputDirectory ?? project.output + "/edition",
            settings: try EditionSettings.load(for: project), jobs: jobs)
    }

    /// One telegram's published files and what the edition keeps of it.
    struct Rendered: Sendable {
        var listing: EditionListing
        var entries: [PublishedEntry]
        var page: String
        var text: String
        var record: String
        var tei: [UInt8]
    }

    /// Publishes the edition.
    /// - Parameter progress: called after each telegram with (done, total), from any thread.
    /// - Throws: ``Diagnostic`` when the edition folder cannot be written; nothing is half-written then.
    public func publish(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Summary {
        var summary = Summary()
        var files = EditionFiles(directory: outputDirectory)
        try files.prepare(["telegrams", "tei", "text"])
        var listings: [EditionListing] = []
        var failedIDs: Set<String> = []
        var records = try files.stream(to: "telegrams.jsonl")
        var register = EditionRegister()
        let settings = self.settings
        var chunkStart = 0
        while chunkStart < teiFiles.count {
            let chunk = Array(teiFiles[chunkStart..<min(chunkStart + Self.chunkSize, teiFiles.count)])
            let before = chunkStart
            chunkStart += chunk.count
            let total = teiFiles.count
            let directory = outputDirectory
            let results = ParallelMap.map(
                chunk, jobs: jobs,
                progress: progress.map { report in { @Sendable done, _ in report(before + done, total) } }
            ) { path in Self.publishOne(path, settings: settings, directory: directory) }
            for (path, result) in zip(chunk, results) {
                switch result {
                case .unwritable(let diagnostic):
                    files.discard(records)
                    throw diagnostic
                case .unreadable(let diagnostic):
                    summary.diagnostics.append(diagnostic)
                    failedIDs.insert(Project.baseName(path))
                case .published(let published):
                    files.count(written: published.written, unchanged: published.unchanged)
                    records.write(published.record)
                    records.write("\n")
                    register.add(entries: published.entries)
                    listings.append(published.listing)
                }
            }
        }
        try files.finish(records)

        listings.sort { left, right in
            left.dateSortKey != right.dateSortKey ? left.dateSortKey < right.dateSortKey : left.id < right.id
        }
        for (index, listing) in listings.enumerated() { register.add(listing, at: index) }

        var index = try files.stream(to: "index.html")
        IndexPageWriter(settings: settings).write(listings, to: &index)
        try files.finish(index)
        let registers = RegisterPageWriter(settings: settings)
        for (section, kind) in [
            (EditionPage.Section.persons, PublishedName.Kind.person), (.places, .place), (.organisations, .org),
        ] {
            var page = try files.stream(to: section.file)
            registers.write(section, kind: kind, register: register, listings: listings, to: &page)
            try files.finish(page)
        }
        try files.write(Array(EditionAssets.styleSheet.utf8), to: "edition.css")
        try files.write(Array(EditionAssets.script.utf8), to: "edition.js")
        var geoJSON = try files.stream(to: "places.geojson")
        PlacesGeoJSONWriter().write(register: register, listings: listings, to: &geoJSON)
        try files.finish(geoJSON)

        let (published, dateWarning) = publicationDate(existingCMIF: EditionFiles.join(outputDirectory, "cmif.xml"))
        if let dateWarning { summary.diagnostics.append(dateWarning) }
        var cmif = try files.stream(to: "cmif.xml")
        CMIFWriter(settings: settings).write(listings, register: register, published: published, to: &cmif)
        try files.finish(cmif)

        let keep = Set(listings.map { HTML.urlComponent($0.id) }).union(failedIDs.map(HTML.urlComponent))
        summary.removed = try files.removeAll(except: keep, in: ["telegrams": ".html", "tei": ".xml", "text": ".txt"])
        summary.telegrams = listings.count
        summary.written = files.written
        summary.unchanged = files.unchanged
        summary.entries = register.entries.count
        summary.mappedPlaces = register.entries.values.filter { $0.kind == .place && $0.coordinates != nil }.count
        for listing in listings {
            for letter in listing.letters {
                summary.letters += 1
                let day = (letter.sent ?? letter.received)?.day
                for name in letter.senders + letter.recipients {
                    summary.correspondents += 1
                    if let entry = register.entry(of: name, in: listing), CMIFWriter.preferredURI(entry, on: day) != nil
                    {
                        summary.correspondentsWithURI += 1
                    }
                }
            }
        }
        return summary
    }

    /// What a worker hands back of one telegram once its files are written.
    struct Published: Sendable {
        var listing: EditionListing
        var entries: [PublishedEntry]
        var record: String
        var written: Int
        var unchanged: Int
    }

    /// One telegram's outcome: published, its TEI unreadable (reported, the run goes on), or the edition
    /// folder unwritable (the run stops).
    enum Outcome: Sendable {
        case published(Published)
        case unreadable(Diagnostic)
        case unwritable(Diagnostic)
    }

    /// Reads, renders and writes one telegram's files (page, plain text, TEI copy), on a worker thread.
    static func publishOne(_ path: String, settings: EditionSettings, directory: String) -> Outcome {
        switch render(path, settings: settings) {
        case .failure(let diagnostic): return .unreadable(diagnostic)
        case .success(let rendered):
            let id = HTML.urlComponent(rendered.listing.id)
            var written = 0
            do throws(Diagnostic) {
                for (bytes, file) in [
                    (Array(rendered.page.utf8), "telegrams/\(id).html"), (Array(rendered.text.utf8), "text/\(id).txt"),
                    (rendered.tei, "tei/\(id).xml"),
                ] where try EditionFiles.writeIfChanged(bytes, to: EditionFiles.join(directory, file)) {
                    written += 1
                }
            } catch {
                return .unwritable(error)
            }
            return .published(
                Published(
                    listing: rendered.listing, entries: rendered.entries, record: rendered.record, written: written,
                    unchanged: 3 - written))
        }
    }

    /// Reads and renders one TEI file.
    static func render(_ path: String, settings: EditionSettings) -> Result<Rendered, Diagnostic> {
        let bytes: [UInt8]
        let document: XML.Document
        do {
            bytes = try FileIO.read(path)
            document = try XMLParsedDocument(bytes: bytes, path: path).tree()
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch let error as XMLReadError {
            return .failure(
                error.diagnostics.first ?? Diagnostic(.error, .notWellFormed, path: path, "not well-formed XML"))
        } catch {
            return .failure(Diagnostic(.error, .io, path: path, "cannot read: \(error)"))
        }
        guard document.root.localName == "TEI", document.root.namespaceURI == teiNamespace else {
            return .failure(
                Diagnostic(.error, .input, path: path, line: document.root.line, "not a TEI document; not published"))
        }
        let telegram = PublishedTelegram(document: document, name: Project.baseName(path))
        return .success(
            Rendered(
                listing: EditionListing(telegram), entries: telegram.entries,
                page: TelegramPageWriter(settings: settings).page(telegram),
                text: telegram.normalised.text, record: TelegramRecordWriter(settings: settings).record(telegram),
                tei: bytes))
    }

    /// CMIF's `publicationStmt/date/@when`: the `published` setting, else `SOURCE_DATE_EPOCH`, else the date
    /// of the CMIF file already written, else the epoch with a warning. No clock is read.
    func publicationDate(existingCMIF path: String) -> (String, Diagnostic?) {
        if let published = settings.published { return (published, nil) }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            return (formatter.string(from: Date(timeIntervalSince1970: seconds)), nil)
        }
        if let when = Self.publicationDate(inCMIF: path) { return (when, nil) }
        return (
            "1970-01-01",
            Diagnostic(
                .warning, .input, path: EditionFiles.join(outputDirectory, "cmif.xml"),
                "no release date: set 'published' in Corpus/edition.meta (or SOURCE_DATE_EPOCH), so that correspSearch harvests each release"
            )
        )
    }

    /// The `publicationStmt/date/@when` of a CMIF file Teigram wrote, if it has one: read from the file's
    /// first 4 KiB (the header comes first), so a large file is not parsed.
    static func publicationDate(inCMIF path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096) else { return nil }
        let head = String(decoding: data, as: UTF8.self)
        guard let statement = head.range(of: "<publicationStmt>"),
            let date = head.range(of: "<date when=\"", range: statement.upperBound..<head.endIndex),
            let end = head[date.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return String(head[date.upperBound..<end])
    }
}
