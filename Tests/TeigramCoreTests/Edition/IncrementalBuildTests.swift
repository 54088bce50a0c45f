import Foundation
import Testing
@testable import TeigramCore

/// `teigram build` converts only what changed (``BuildManifest``), and the result is byte for byte a full
/// build's, manifest and review report included.
@Suite("Incremental build")
struct IncrementalBuildTests {
    /// A copy of the project's corpus (writable) with the real schemas, in a temporary directory.
    final class Sandbox {
        let root: String
        var project: Project { Project(root: root) }
        var corpus: String { root + "/Corpus" }

        init() throws {
            root =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "teigram-incremental-\(UUID().uuidString)"
                ).path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TestPaths.project.corpus, toPath: corpus)
            try FileManager.default.createSymbolicLink(
                atPath: root + "/Schemas", withDestinationPath: TestPaths.project.schemas)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func build(force: Bool = false) throws -> BuildSummary {
            try CorpusBuilder(project: project, jobs: 2, rebuildsEverything: force).build()
        }

        func telegram(_ name: String) -> String { corpus + "/" + name + ".txt" }

        func append(_ text: String, to path: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        }

        /// Every file of `Output/` (hidden ones too) with its bytes.
        func outputFiles() throws -> [String: [UInt8]] {
            var files: [String: [UInt8]] = [:]
            let output = project.output
            let enumerator = FileManager.default.enumerator(atPath: output)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: output + "/" + relative, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    files[relative] = try FileIO.read(output + "/" + relative)
                }
            }
            return files
        }

        /// A full build of the same corpus in a fresh directory.
        func fullBuildOutput() throws -> [String: [UInt8]] {
            let fresh = try Sandbox()
            try FileManager.default.removeItem(atPath: fresh.corpus)
            try FileManager.default.copyItem(atPath: corpus, toPath: fresh.corpus)
            let summary = try fresh.build()
            #expect(summary.unchanged == 0)
            return try fresh.outputFiles()
        }
    }

    static let telegramCount = TestPaths.project.telegrams.count
    static let first = "1949-01-08_mao-zedong-to-stalin"
    static let second = "1950-05-13_roshchin-to-filippov"

    /// Reference values of the xxHash library (Python `xxhash.xxh64`), for every tail length and the lanes.
    @Test func xxh64MatchesTheReferenceValues() {
        #expect(ContentHash.hex([]) == "ef46db3751d8e999")
        #expect(ContentHash.hex(Array("a".utf8)) == "d24ec4f1a98c6e5b")
        #expect(ContentHash.hex(Array("abc".utf8)) == "44bc2cf5ad770999")
        #expect(ContentHash.hex(Array("foobar".utf8)) == "a2aa05ed9085aaf9")
        #expect(ContentHash.hex(Array("0123456789abcdefghijklmnopqrstuvwxyz!".utf8)) == "dde9d7f125de8f22")
        #expect(ContentHash.hex((0..<768).map { UInt8($0 % 256) }) == "8e03c838c596036f")
    }

    @Test func secondBuildConvertsNothingAndTouchingAloneChangesNothing() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.build()
        #expect(first.converted == Self.telegramCount && first.unchanged == 0 && first.failed == 0)
        let before = try sandbox.outputFiles()
        #expect(before[BuildManifest.fileName] != nil, "the manifest is written")

        let second = try sandbox.build()
        #expect(second.converted == 0)
        #expect(second.unchanged == Self.telegramCount)
        #expect(second.documents == first.documents)
        #expect(second.mentions == first.mentions && second.linkedMentions == first.linkedMentions)
        #expect(second.warningCount == first.warningCount)
        #expect(try sandbox.outputFiles() == before)

        // A new modification time with the same bytes is no change: hashes, not dates, decide.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: sandbox.telegram(Self.first))
        #expect(try sandbox.build().converted == 0)
    }

    @Test func changedSourceSidecarOrOutputReconvertsThatTelegramOnly() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.build()

        try sandbox.append("\n", to: sandbox.telegram(Self.first))
        let afterSource = try sandbox.build()
        #expect(afterSource.converted == 1)
        #expect(afterSource.unchanged == Self.telegramCount - 1)

        let sidecar = Project.sidecarPath(for: sandbox.telegram(Self.second))
        #expect(FileManager.default.createFile(atPath: sidecar, contents: Data("translator: Ann Example\n".utf8)))
        let afterNewSidecar = try sandbox.build()
        #expect(afterNewSidecar.converted == 1)
        #expect(
            try String(contentsOfFile: sandbox.project.output + "/" + Self.second + ".xml", encoding: .utf8).contains(
                "Ann Example"))

        #expect(FileManager.default.createFile(atPath: sidecar, contents: Data("translator: Bob Example\n".utf8)))
        #expect(try sandbox.build().converted == 1)
        try FileManager.default.removeItem(atPath: sidecar)
        #expect(try sandbox.build().converted == 1)

        // An output edited or deleted by hand is written again.
        try sandbox.append("<!-- edited -->", to: sandbox.project.output + "/" + Self.first + ".xml")
        #expect(try sandbox.build().converted == 1)
        try FileManager.default.removeItem(atPath: sandbox.project.output + "/" + Self.second + ".xml")
        #expect(try sandbox.build().converted == 1)

        #expect(try sandbox.outputFiles() == sandbox.fullBuildOutput())
    }

    @Test func changedAuthoritySchemaVersionOrReportReconvertsEverything() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.build()

        // The edition's own authority layer gains a file.
        #expect(
            FileManager.default.createFile(
                atPath: sandbox.corpus + "/authority/edition.xml",
                contents: Data(
                    """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson><person xml:id="edition-person">\
                    <persName type="standard">Edition Person</persName></person></listPerson></standOff></TEI>
                    """.utf8)))
        #expect(try sandbox.build().converted == Self.telegramCount)
        #expect(try sandbox.build().converted == 0)

        // Another encoder version (simulated in the manifest) converts everything.
        let manifestPath = sandbox.project.output + "/" + BuildManifest.fileName
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        try manifest.replacingOccurrences(of: "encoder\t" + BuildManifest.encoderVersion, with: "encoder\t0-older")
            .write(toFile: manifestPath, atomically: true, encoding: .utf8)
        #expect(try sandbox.build().converted == Self.telegramCount)

        // A review report that is not the one written: everything again (it carries unchanged telegrams' names).
        try sandbox.append("x\ty\tz\n", to: sandbox.project.output + "/reports/unresolved-names.tsv")
        #expect(try sandbox.build().converted == Self.telegramCount)

        // --force.
        #expect(try sandbox.build(force: true).converted == Self.telegramCount)
        #expect(try sandbox.outputFiles() == sandbox.fullBuildOutput())
    }

    @Test func deletedSourceRemovesItsOutputAndEntry() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.build()
        try FileManager.default.removeItem(atPath: sandbox.telegram(Self.first))
        let summary = try sandbox.build()
        #expect(summary.converted == 0)
        #expect(summary.removed.count == 1)
        #expect(!FileIO.exists(sandbox.project.output + "/" + Self.first + ".xml"))
        let manifest = try String(
            contentsOfFile: sandbox.project.output + "/" + BuildManifest.fileName, encoding: .utf8)
        #expect(!manifest.contains(Self.first))
        #expect(try sandbox.outputFiles() == sandbox.fullBuildOutput())
    }

    @Test func reviewReportKeepsTheNamesOfUnchangedTelegrams() throws {
        let sandbox = try Sandbox()
        // A telegram with a name the authority does not know, so the review report has a line.
        let original = try String(contentsOfFile: sandbox.telegram(Self.first), encoding: .utf8)
        let withUnknown = original.replacingOccurrences(
            of: "With the help of Comrade Kovalev", with: "With the help of Ambassador Quorvath and Comrade Kovalev")
        #expect(withUnknown != original)
        try withUnknown.write(
            toFile: sandbox.corpus + "/1949-01-09_unknown-ambassador.txt", atomically: true, encoding: .utf8)
        let first = try sandbox.build()
        #expect(first.failed == 0)
        #expect(first.unresolved.contains { $0.name.name == "Quorvath" })

        try sandbox.append("\n", to: sandbox.telegram(Self.second))
        let second = try sandbox.build()
        #expect(second.converted == 1)
        // The same names (the summary lists a converted telegram's names in reading order and an unchanged
        // one's in the report's order, so they are compared as sets of lines).
        let lines = { (summary: BuildSummary) in
            summary.unresolved.map { "\($0.file)\t\($0.name.name)\t\($0.name.context)" }.sorted()
        }
        #expect(lines(second) == lines(first))
        let report = try String(
            contentsOfFile: sandbox.project.output + "/reports/unresolved-names.tsv", encoding: .utf8)
        #expect(report.contains("Quorvath\t1949-01-09_unknown-ambassador\t"))
        #expect(try sandbox.outputFiles() == sandbox.fullBuildOutput())
    }

    @Test func manifestIsDeterministicAndHoldsNoPathsOrTimes() throws {
        let sandbox = try Sandbox()
        _ = try sandbox.build()
        let text = try String(contentsOfFile: sandbox.project.output + "/" + BuildManifest.fileName, encoding: .utf8)
        #expect(!text.contains(sandbox.root))
        #expect(!text.contains("/tmp"))
        let parsed = try #require(BuildManifest(text: text))
        #expect(parsed.text == text, "reading and writing a manifest gives the same bytes")
        #expect(parsed.entries.count == Self.telegramCount)
        #expect(parsed.tool == (try BuildManifest.fingerprint(of: sandbox.project)))
        #expect(BuildManifest(text: "not a manifest") == nil)

        // The committed edition's manifest is the one a build of the committed corpus writes.
        let committed = TestPaths.project.output + "/" + BuildManifest.fileName
        if FileIO.exists(committed) {
            let committedManifest = try #require(
                BuildManifest(text: String(contentsOfFile: committed, encoding: .utf8)))
            #expect(
                committedManifest.tool == (try BuildManifest.fingerprint(of: TestPaths.project)),
                "Output/\(BuildManifest.fileName) is stale: run `swift run -c release teigram build` and commit Output/"
            )
        }
    }
}

/// The review report is read back for the telegrams a build leaves unchanged: what it writes must read back.
@Suite("Review report")
struct ReviewReportTests {
    @Test func aNameOverALineBreakReadsBackAsOneLine() {
        let name = UnresolvedName(name: "MINISTRY OF\nFOREIGN AFFAIRS", context: "AT THE MINISTRY OF\nFOREIGN\tAFFAIRS")
        let report = CorpusBuilder.reviewReport([(file: "a", name: name)])
        #expect(report.split(separator: "\n").count == 2)
        #expect(
            CorpusBuilder.unresolvedByFile(reportText: report)["a"]
                == [UnresolvedName(name: "MINISTRY OF FOREIGN AFFAIRS", context: "AT THE MINISTRY OF FOREIGN AFFAIRS")])
    }

    @Test func aNameOverALineBreakIsSortedAsWritten() {
        let report = CorpusBuilder.reviewReport([
            (file: "a", name: UnresolvedName(name: "Robert\nBrennan", context: "to Robert\nBrennan")),
            (file: "b", name: UnresolvedName(name: "Robert Alpha", context: "to Robert Alpha")),
        ])
        #expect(
            report.split(separator: "\n").map { $0.prefix { $0 != "\t" } } == [
                "name", "Robert Alpha", "Robert Brennan",
            ])
    }
}
