import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite struct EditionPublisherTests {
    /// Publishes `files` into a fresh folder with the repository's settings.
    static func publish(_ files: [String], into folder: String) throws -> EditionPublisher.Summary {
        let settings = try EditionSettings.load(for: TestPaths.project)
        return try EditionPublisher(teiFiles: files, outputDirectory: folder, settings: settings, jobs: 2).publish()
    }

    @Test func theCommittedEditionIsCurrent() throws {
        let folder = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.publish(PublicationFixtures.teiFiles, into: folder)
        let expected = PublicationFixtures.files(below: folder)
        let committed = PublicationFixtures.files(below: PublicationFixtures.edition)
        #expect(committed == expected, "Output/edition is stale: run `swift run -c release teigram build`")
        for file in expected where committed.contains(file) {
            let fresh = try FileIO.read(folder + "/" + file)
            let old = try FileIO.read(PublicationFixtures.edition + "/" + file)
            #expect(fresh == old, "Output/edition/\(file) is stale: run `swift run -c release teigram build`")
        }
    }

    @Test func anUnchangedEditionIsNotRewritten() throws {
        let folder = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = Array(PublicationFixtures.teiFiles.prefix(5))
        let first = try Self.publish(files, into: folder)
        let second = try Self.publish(files, into: folder)
        #expect(first.written > 0)
        #expect(second.written == 0)
        #expect(second.unchanged == first.written)
    }

    @Test func theFilesOfARemovedTelegramAreRemoved() throws {
        let folder = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = Array(PublicationFixtures.teiFiles.prefix(3))
        _ = try Self.publish(files, into: folder)
        let summary = try Self.publish(Array(files.prefix(2)), into: folder)
        let gone = Project.baseName(files[2])
        #expect(summary.removed == 3)
        #expect(!FileIO.exists(folder + "/telegrams/\(gone).html"))
        #expect(!FileIO.exists(folder + "/tei/\(gone).xml"))
        #expect(!FileIO.exists(folder + "/text/\(gone).txt"))
    }

    @Test func aBrokenTEIFileIsReportedAndItsEarlierPageKept() throws {
        let folder = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sources = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: sources) }
        let path = sources + "/1950-01-01_test.xml"
        try FileIO.writeAtomically(FileIO.read(PublicationFixtures.edgeCasePath), to: path)
        _ = try Self.publish([path], into: folder)
        try FileIO.writeAtomically(Array("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>".utf8), to: path)
        let summary = try Self.publish([path], into: folder)
        #expect(summary.failed)
        #expect(summary.diagnostics.first { $0.severity == .error }?.path == path)
        #expect(FileIO.exists(folder + "/telegrams/1950-01-01_test.html"))
    }

    @Test func aDocumentThatIsNotTEIIsAnError() throws {
        let sources = try PublicationFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: sources) }
        let path = sources + "/not-tei.xml"
        try FileIO.writeAtomically(Array("<html><body/></html>".utf8), to: path)
        let result = EditionPublisher.render(path, settings: EditionSettings())
        guard case .failure(let diagnostic) = result else {
            Issue.record("a non-TEI document was published")
            return
        }
        #expect(diagnostic.message.contains("not a TEI document"))
    }

    @Test func settingsRejectAnUnknownKeyWithItsLine() {
        #expect(throws: Diagnostic.self) { try EditionSettings(text: "title: X\ncolour: red\n", path: "edition.meta") }
        do {
            _ = try EditionSettings(text: "title: X\ncolour: red\n", path: "edition.meta")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func settingsRejectABaseURLThatIsNoAddress() {
        #expect(throws: Diagnostic.self) { try EditionSettings(text: "base-url: ftp://x y\n", path: "edition.meta") }
    }

    @Test func settingsGiveAbsoluteAddressesWithABaseURL() throws {
        let settings = try EditionSettings(text: "base-url: https://example.org/edition\n", path: "edition.meta")
        #expect(settings.address(of: "cmif.xml") == "https://example.org/edition/cmif.xml")
    }
}
