import Foundation
import Testing
@testable import TeigramCore
@testable import TeigramTools
import TeigramXML

/// The committed edition: `Output/` must be what `teigram build` makes of `Corpus/` now, every document
/// valid, and no word of any telegram lost.
@Suite("Corpus and Output")
struct CorpusTests {
    static let telegrams = TestPaths.project.telegrams.map { Project.baseName($0) }

    @Test func everyTelegramHasItsSourceAndTermsRecorded() throws {
        let sources = String(decoding: try FileIO.read(TestPaths.project.corpus + "/SOURCES.md"), as: UTF8.self)
        for name in Self.telegrams {
            #expect(sources.contains("`\(name).txt`"), "Corpus/SOURCES.md does not list \(name).txt")
        }
    }

    @Test(arguments: telegrams)
    func outputIsCurrent(_ name: String) throws {
        let project = TestPaths.project
        let source = project.corpus + "/" + name + ".txt"
        let encoded = try TelegramEncoder(authority: Shared.corpusAuthority)
            .encode(bytes: FileIO.read(source), path: source, documentID: name, sidecar: Project.sidecar(for: source))
        let committed = try FileIO.read(project.output + "/" + name + ".xml")
        #expect(
            encoded.bytes == committed,
            "Output/\(name).xml is stale: run `swift run -c release teigram build` and commit Output/")
    }

    @Test func noOutputWithoutSource() {
        let expected = Set(Self.telegrams.map { $0 + ".xml" })
        let outputs = FileIO.files(in: TestPaths.project.output, suffix: ".xml").map {
            ($0 as NSString).lastPathComponent
        }
        #expect(outputs.filter { !expected.contains($0) } == [])
    }

    @Test(arguments: telegrams)
    func outputIsValidAgainstTheCustomisation(_ name: String) throws {
        let validator = try #require(Shared.customValidator)
        let result = validator.validate(file: TestPaths.project.output + "/" + name + ".xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    /// Whether `line` is a wiki's tagline or skip links: with the next non-empty source line after it, a
    /// ``PageReader/isWikiTagline(_:)``.
    func isWikiTagline(_ line: String, in sourceLines: [String]) -> Bool {
        if PageReader.isWikiTagline(line) { return true }
        guard let index = sourceLines.firstIndex(of: line),
            let next = sourceLines[(index + 1)...].first(where: { !$0.isEmpty })
        else { return false }
        return PageReader.isWikiTagline(line + "\n" + next)
    }

    @Test(arguments: telegrams)
    func everyWordOfTheSourceIsInTheTEI(_ name: String) throws {
        let source = TestPaths.project.corpus + "/" + name + ".txt"
        let bytes = try FileIO.read(source)
        let document = try XMLParsedDocument(
            bytes: FileIO.read(TestPaths.project.output + "/" + name + ".xml"), path: name
        ).tree()
        let page = PageReader.read(try SourceText(bytes: bytes, path: source))
        #expect(WordPreservation.missingWords(page: page, document: document) == [])
        // And nothing but site chrome was dropped.
        let chrome = Set(page.chrome.map { $0.text.trimmingCharacters(in: .whitespaces) })
        // A lone line repeating the funder's name after the text ("Leon Levy Foundation", "MacArthur
        // Foundation") is chrome, as the funder line is.
        let funderName = page.funder.map { String($0.text.dropFirst(PageReader.funderOpening.count)).trimmedText }
        let allowed = PageReader.footerLabels.union(PageReader.chromeLines).union(funderName.map { [$0] } ?? [])
        let sourceLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let navigation = Set(sourceLines).filter { line in
            PageReader.isRepeatedNavigation(line, count: sourceLines.filter { $0 == line }.count)
        }
        for line in chrome {
            let repeats = sourceLines.filter { $0 == line }.count
            #expect(
                allowed.contains(line) || PageReader.isChromeLines(line) || PageReader.isUpdateStamp(line)
                    || PageReader.isRecordChrome(line)
                    || PageReader.isExportChrome(line, dateLine: page.dateLine?.text)
                    || (PageReader.isBareAddress(line) && page.citation.contains { $0.text.contains(line) })
                    || PageReader.isDownloadChrome(line) || PageReader.isPageNavigation(line)
                    || line.lowercased().hasPrefix("document")
                    || PageReader.isBreadcrumb(line) || PageReader.isRepeatedNavigation(line, count: repeats)
                    || isWikiTagline(line, in: sourceLines)
                    || navigation.contains { PageReader.endsWithGluedNavigation(line, $0) },
                "dropped as chrome: \(line)")
        }
    }

    @Test func parallelBuildEqualsSerialBuild() throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "teigram-build-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        for jobs in [1, 4] {
            let root = temporary + "/jobs\(jobs)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: root + "/Corpus", withDestinationPath: TestPaths.project.corpus)
            try FileManager.default.createSymbolicLink(
                atPath: root + "/Schemas", withDestinationPath: TestPaths.project.schemas)
            let summary = try CorpusBuilder(project: Project(root: root), jobs: jobs).build()
            #expect(summary.failed == 0)
            #expect(summary.documents == Self.telegrams.count)
        }
        for name in Self.telegrams {
            let serial = try FileIO.read(temporary + "/jobs1/Output/" + name + ".xml")
            let parallel = try FileIO.read(temporary + "/jobs4/Output/" + name + ".xml")
            #expect(serial == parallel, "\(name): parallel output differs")
        }
        #expect(
            try FileIO.read(temporary + "/jobs1/Output/reports/unresolved-names.tsv")
                == FileIO.read(temporary + "/jobs4/Output/reports/unresolved-names.tsv"))
    }

    /// Twelve real telegrams nobody tuned the rules or the authority on (Tests/Fixtures/heldout): the
    /// measure of how the tagger does on unseen text. Their gold follows entity-gold/GUIDELINES.md, which
    /// annotates places inside an organisation's name, so nested names count.
    @Test func taggingMeetsTheTargetsOnHeldOutTelegrams() throws {
        let directory = TestPaths.fixtures + "/heldout"
        let scores = TaggingEvaluation.evaluate(
            telegrams: FileIO.files(in: directory, suffix: ".txt"), authority: Shared.corpusAuthority,
            goldDirectory: directory + "/gold", nested: true)
        #expect(scores.documents >= 10)
        for kind in ["person", "place"] {
            let detection = try #require(scores.scores.detection[kind])
            #expect(detection.precision >= 0.9, "\(kind) precision \(detection.precision)")
            #expect(detection.recall >= 0.9, "\(kind) recall \(detection.recall)")
        }
    }

    /// Thirty-eight real documents of other archives and decades, never tuned on
    /// (Tests/Fixtures/heldout/wide, gold written blind). The targets (header fields 0.95, persons
    /// and places P 0.95 / R 0.90, organisations F1 0.80) are not reached yet; these floors are the
    /// figures of December 2026 less a margin, so that a change that loses ground fails. Since 5 December
    /// the origin counts a place the authority does not know (`rs type="place"`) too, which showed two
    /// origins the gold does not give: its floor went from 0.80 to 0.78. The organisations' floor rose with
    /// the nesting and splitting rules of 5 December (0.639 / 0.692), classification's with the footnotes
    /// of FRUS page text (0.842), recipient's with the address line beside a place (0.868); person and place
    /// precision's and sender's after the cable's routing labels and journals' keepers (0.869, 0.928, 0.816);
    /// person's after the rules of a name's shape and of words that only look like names (0.901 / 0.870);
    /// person precision's and the organisations' after ordinary words after a title and an organisation's
    /// span ("and the", a mission's post, roles joined by "and"), a bare institution noun, a vessel's name
    /// (0.909; place 0.931; 0.711 / 0.724). The person floor rose on 6 December night when the scoring counted
    /// a name with an editor's supplied given names as the original writes it ("[Emilio] Aragones" →
    /// "Aragones", as the gold guide does): 0.926 / 0.885, the organisations 0.717 / 0.731.
    @Test func wideHeldOutSetKeepsItsFigures() throws {
        let directory = TestPaths.fixtures + "/heldout/wide"
        let scores = TaggingEvaluation.evaluate(
            telegrams: FileIO.files(in: directory, suffix: ".txt"), authority: Shared.corpusAuthority,
            goldDirectory: directory + "/gold")
        #expect(scores.documents == 38)
        let floors: [String: (precision: Double, recall: Double)] = [
            "person": (0.92, 0.88), "place": (0.92, 0.92), "org": (0.71, 0.72),
        ]
        for (kind, floor) in floors {
            let detection = try #require(scores.scores.detection[kind])
            #expect(detection.precision >= floor.precision, "\(kind) precision \(detection.precision)")
            #expect(detection.recall >= floor.recall, "\(kind) recall \(detection.recall)")
        }
        let headerFloors = [
            "date": 0.94, "sender": 0.78, "recipient": 0.90, "origin": 0.82, "number": 0.90, "classification": 0.83,
            "received-date": 0.92, "sender-org": 0.82,
        ]
        for (field, floor) in headerFloors {
            let accuracy = scores.header.fields[field]?.accuracy ?? 0
            #expect(accuracy >= floor, "\(field) \(accuracy)")
        }
    }

    @Test func taggingMeetsTheTargetsOnTheAnnotatedCorpus() throws {
        let scores = TaggingEvaluation.evaluateCorpus(
            project: TestPaths.project, authority: Shared.corpusAuthority,
            goldDirectory: TestPaths.fixtures + "/entity-gold")
        #expect(scores.documents == Self.telegrams.count)
        for kind in ["person", "place"] {
            let linking = try #require(scores.scores.linking[kind])
            #expect(linking.precision >= 0.9, "\(kind) precision \(linking.precision)")
            #expect(linking.recall >= 0.9, "\(kind) recall \(linking.recall)")
        }
    }
}

/// The bundled customisation must be a strict subset of TEI: every output is valid against tei_all too.
/// tei_all.rng takes about 14 s to compile: once for the whole suite.
@Suite("Conformance with tei_all", .serialized)
struct TEIAllConformanceTests {
    static let teiAll: TEIValidator? = try? TEIValidator(
        schemaPath: TestPaths.project.teiAllSchema, checksIntegrity: false)

    @Test func everyOutputAndExampleIsValidTEI() throws {
        let validator = try #require(Self.teiAll, "Schemas/tei_all.rng does not compile")
        var files = FileIO.files(in: TestPaths.project.output, suffix: ".xml")
        files += FileIO.files(in: TestPaths.project.schemas + "/examples", suffix: ".xml").filter {
            $0.contains("/valid-")
        }
        files += FileIO.files(in: TestPaths.fixtures + "/encode", suffix: ".xml")
        files += FileIO.files(in: TestPaths.project.authorityDirectory, suffix: ".xml")
        #expect(files.count > 20)
        let results = ParallelMap.map(files, jobs: 2) { validator.validate(file: $0) }
        for result in results {
            #expect(
                result.diagnostics.filter { $0.severity == .error }.isEmpty,
                "\(result.path): \(result.diagnostics.prefix(3).map(\.description))")
        }
    }
}
