import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// One fixture per layout and feature: `Fixtures/encode/<name>.txt` → `<name>.xml` (golden, with
/// `<name>.warnings` for the diagnostics). Each output must also be valid against the bundled schema
/// and the integrity rules, and keep every word of its input.
@Suite("Encoding goldens")
struct EncodeGoldenTests {
    static let directory = TestPaths.fixtures + "/encode"
    static let names: [String] = FileIO.files(in: directory, suffix: ".txt").map { Project.baseName($0) }

    @Test(arguments: names)
    func matchesGolden(_ name: String) throws {
        let input = try FileIO.read(Self.directory + "/" + name + ".txt")
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority)
            .encode(bytes: input, path: name + ".txt", documentID: name)
        Golden.check(encoded.xml, against: Self.directory + "/" + name + ".xml")
        Golden.check(
            encoded.report.warnings.map(\.description).joined(separator: "\n") + "\n",
            against: Self.directory + "/" + name + ".warnings")
        let validator = try #require(Shared.customValidator)
        let result = validator.validate(bytes: encoded.bytes, path: name + ".xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test(arguments: names)
    func keepsEveryWord(_ name: String) throws {
        let input = try FileIO.read(Self.directory + "/" + name + ".txt")
        let encoded = try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
            bytes: input, path: name, documentID: name)
        let source = try SourceText(bytes: input, path: name)
        let missing = WordPreservation.missingWords(page: PageReader.read(source), document: encoded.document)
        #expect(missing.isEmpty, "words of \(name) not in its TEI: \(missing)")
        if !missing.isEmpty, ProcessInfo.processInfo.environment["TEIGRAM_DEBUG"] == "1" {
            let page = PageReader.read(source)
            print(page.parts.map { ($0.opener.map(\.unit.text), $0.closer.map(\.unit.text), $0.body.count) })
            print(page.chrome.map(\.text))
        }
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        for name in Self.names {
            let input = try FileIO.read(Self.directory + "/" + name + ".txt")
            let encoder = TelegramEncoder(authority: Shared.fixtureAuthority)
            let first = try encoder.encode(bytes: input, path: name, documentID: name).bytes
            let second = try encoder.encode(bytes: input, path: name, documentID: name).bytes
            #expect(first == second)
        }
    }
}

@Suite("Layout rules")
struct LayoutTests {
    func page(_ name: String) throws -> TelegramPage {
        let bytes = try FileIO.read(TestPaths.fixtures + "/encode/" + name + ".txt")
        return PageReader.read(try SourceText(bytes: bytes, path: name))
    }

    @Test func webPage() throws {
        let page = try page("webpage-with-document-information")
        #expect(page.chrome.map(\.text).contains("Skip to content"))
        #expect(page.dateLine?.text == "March 3, 1950")
        #expect(page.titleLine?.text == "Ciphered telegram, Shtykov to Vyshinsky")
        #expect(page.summary.map(\.text) == ["Shtykov reports a conversation with Kim Il Sung about a plenum."])
        #expect(page.citation.count == 1)
        #expect(page.rights.count == 2)
        let part = try #require(page.parts.first)
        #expect(part.opener.map(\.kind) == [.classification, .origin])
        #expect(part.closer.map(\.kind) == [.signature])
        let metadata = MetadataReader.read(page)
        #expect(metadata.sender == "Shtykov")
        #expect(metadata.recipient == "Vyshinsky")
        #expect(metadata.date?.iso == "1950-03-03")
        #expect(metadata.origin == "Pyongyang")
        #expect(metadata.translators == ["Ann Example"])
        #expect(metadata.archivalReferences.first?.repository == "AVP RF")
        #expect(metadata.archivalReferences.first?.parts.map(\.type) == ["fond", "opis", "delo", "papka", "folio"])
    }

    @Test func footerLabelsAndPrecedingSummary() throws {
        let page = try page("footer-labels-and-preceding-summary")
        #expect(page.preface.map(\.text) == ["Mao Zedong asks about the trip of a Korean delegation to Moscow."])
        #expect(page.funder != nil)
        #expect(page.footerFields.map(\.label) == ["Original Classification"])
        let part = try #require(page.parts.first)
        #expect(
            part.opener.map(\.kind) == [.classification, .classification, .handling, .bracketed, .origin, .address])
        #expect(part.closer.map(\.kind) == [.signature])
        let metadata = MetadataReader.read(page)
        #expect(metadata.recipient == "Cde. Filippov [Stalin]")
        #expect(metadata.classification.contains("Strictly Secret"))
    }

    @Test func textbookPage() throws {
        let page = try page("textbook-page-with-source-line")
        #expect(page.titleLine?.text.hasPrefix("Document 7.3") == true)
        #expect(page.chrome.count == 1, "the running header is chrome")
        #expect(page.preface.count == 1, "the introduction is preface")
        #expect(page.citation.first?.text.hasPrefix("Source:") == true)
        let metadata = MetadataReader.read(page)
        #expect(metadata.sender == "Shtykov")
        #expect(metadata.recipient == "Vyshinsky")
        #expect(metadata.date?.iso == "1950-02-07")
    }

    @Test func twoDocumentsOnOnePage() throws {
        let page = try page("two-documents-page-cut-off")
        #expect(page.parts.count == 2)
        #expect(page.pageHeading?.text.hasPrefix("New Evidence") == true)
        #expect(page.parts[0].citation != nil)
        #expect(page.parts[0].opener.map(\.kind) == [.number, .transmission, .copies])
        // The cut-off sentence is a paragraph, not a closing line.
        if case .paragraph(let last)? = page.parts[1].body.last {
            #expect(last.text.hasSuffix("troops a"))
        } else {
            Issue.record("the cut-off sentence should end the body")
        }
        let metadata = MetadataReader.read(page)
        #expect(metadata.parts.map(\.sender) == ["Shtykov", "Roshchin"])
    }

    @Test func embeddedMessage() throws {
        let page = try page("embedded-message-with-quotes")
        let part = try #require(page.parts.first)
        let embedded = part.body.compactMap { block -> EmbeddedMessage? in
            if case .embedded(let message) = block { return message } else { return nil }
        }
        #expect(embedded.count == 1)
        #expect(embedded.first?.closer.map(\.kind) == [.signature])
        let metadata = MetadataReader.read(page)
        #expect(metadata.intermediary == "Kovalev")
    }

    @Test func numberedPointsKeepTheirParagraphs() throws {
        let page = try page("numbered-points-with-paragraphs")
        let part = try #require(page.parts.first)
        let lists = part.body.compactMap { block -> [ListItem]? in
            if case .list(let items) = block { return items } else { return nil }
        }
        #expect(lists.count == 1)
        #expect(lists.first?.map(\.number) == ["1", "2", "4"])
        #expect(lists.first?.first?.paragraphs.count == 2)
        #expect(part.opener.map(\.kind) == [.salute])
        #expect(part.closer.map(\.kind) == [.salute, .signature, .date])
    }
}
