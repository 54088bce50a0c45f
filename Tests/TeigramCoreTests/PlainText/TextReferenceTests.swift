import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// Third-party TEI (FRUS documents, the shared test documents) and golden outputs in `Fixtures/text/`
/// (TEIGRAM_UPDATE_GOLDENS=1 rewrites them, as for the encoder's goldens).
@Suite struct TextReferenceTests {
    static let frusDirectory = TestPaths.reference + "/frus"
    static let testdocsDirectory = TestPaths.reference + "/tei-testdocs"
    static let frusNames: [String] = FileIO.files(in: frusDirectory, suffix: ".xml")
        .map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// A FRUS `div type="document"` wrapped in a minimal TEI document.
    static func wrappedFRUS(_ name: String) throws -> String {
        var fragment = String(decoding: try FileIO.read(frusDirectory + "/\(name).xml"), as: UTF8.self)
        if let declarationEnd = fragment.range(of: "?>"), fragment.hasPrefix("<?xml") {
            fragment = String(fragment[declarationEnd.upperBound...])
        }
        return """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>FRUS \(name)</title></titleStmt>\
            <publicationStmt><p>Office of the Historian</p></publicationStmt><sourceDesc><p>FRUS</p></sourceDesc></fileDesc></teiHeader>\
            <text><body>\(fragment)</body></text></TEI>
            """
    }

    /// Words of the document with every tag taken as a word boundary: an extracted word not among them was
    /// glued together from two pieces that a tag kept apart.
    static func wordsWithTagsAsBoundaries(_ xml: String) -> Set<String> {
        var text = ""
        var inTag = false
        for character in xml {
            if character == "<" {
                inTag = true
                text.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return Set(RoundTripTests.roundTripWords(text.replacingOccurrences(of: "&amp;", with: "&")))
    }

    @Test(arguments: frusNames)
    func frusDocumentsHaveNoGluedWords(_ name: String) throws {
        let xml = try Self.wrappedFRUS(name)
        let allowed = Self.wordsWithTagsAsBoundaries(xml)
        for options in [TextOptions(), TextOptions(notes: .end), TextOptions(notes: .none)] {
            let text = renderDocument(xml, options)
            // Generated words: the "Notes" heading and the note numbers of --notes end. "seeyou": the FRUS
            // persons list has `<hi>see</hi><persName>You Chan Yang</persName>` with no space in the source.
            let glued = RoundTripTests.roundTripWords(text).filter {
                !allowed.contains($0) && $0 != "notes" && !$0.allSatisfy(\.isNumber) && $0 != "seeyou"
            }
            #expect(glued.isEmpty, "\(name) \(options.notes): glued words \(glued.prefix(10))")
        }
        // The bare fragment (a TEI-namespace div as root) reads the same.
        let bare = PlainTextExtractor().extract(fileAt: Self.frusDirectory + "/\(name).xml")
        #expect(bare.failure == nil)
        #expect(bare.text == renderDocument(xml) + "\n")
    }

    @Test func frusKnownSentencesComeOutIntact() throws {
        let d231 = renderDocument(try Self.wrappedFRUS("frus1949v07p2_d231"))
        #expect(
            d231.contains("483. Further to Deptel 268, April 21, I submit following comment re paragraph 6 thereof."))
        #expect(
            d231.contains(
                "Seoul, May 3, 1949. [This message was not received in the Department until May 6, at 2:34 p. m., and bore the notation that it had been delayed in transmission.]"
            ))
        #expect(d231.contains("The Ambassador in Korea (Muccio) to the Secretary of State\n"))
        #expect(d231.contains("secret\npriority"))
        let d12 = renderDocument(try Self.wrappedFRUS("frus1955-57v23p2_d12"), TextOptions(notes: .end))
        #expect(
            d12.contains(
                "Summary follows of confidential letter February 3[3] which I received from Foreign Minister Pyun"))
        #expect(d12.contains("\n\nNotes\n\n[1] Source: Department of State, Central Files, 795.00/2–455."))
        let none = renderDocument(try Self.wrappedFRUS("frus1955-57v23p2_d12"), TextOptions(notes: .none))
        #expect(none.contains("Summary follows of confidential letter February 3 which I received"))
        #expect(!none.contains("Not found in Department of State files"))
    }

    @Test func sharedTestDocuments() throws {
        let telegram = PlainTextExtractor().extract(fileAt: Self.testdocsDirectory + "/valid_telegram.xml")
        #expect(telegram.failure == nil)
        #expect(telegram.text.contains("Kim Il Sung informed me that the Workers' Party"))
        // Every test document, valid against the schema or not, is TEI and gives text without failing.
        for path in FileIO.files(in: Self.testdocsDirectory, suffix: ".xml") {
            let extraction = PlainTextExtractor(options: TextOptions(includeHeader: true)).extract(fileAt: path)
            #expect(extraction.failure == nil, "\(path): \(extraction.diagnostics)")
            #expect(!extraction.text.isEmpty, "\(path)")
        }
    }

    /// Golden outputs: (golden name, input, options).
    static let goldenCases: [(String, String, TextOptions)] = [
        ("roshchin-default", TestPaths.root + "/Output/1950-05-13_roshchin-to-filippov.xml", TextOptions()),
        (
            "roshchin-header-endnotes-diplomatic", TestPaths.root + "/Output/1950-05-13_roshchin-to-filippov.xml",
            TextOptions(notes: .end, edition: .diplomatic, supplied: .plain, includeHeader: true)
        ),
        (
            "cwihp-bulletin-default",
            TestPaths.root + "/Output/1950-10-14_shtykov-to-fyn-si_roshchin-to-filippov_cwihp-bulletin.xml",
            TextOptions()
        ),
        ("frus-d231-default", frusDirectory + "/frus1949v07p2_d231.xml", TextOptions()),
        ("frus-d12-endnotes", frusDirectory + "/frus1955-57v23p2_d12.xml", TextOptions(notes: .end)),
        ("testdocs-valid-telegram-header", testdocsDirectory + "/valid_telegram.xml", TextOptions(includeHeader: true)),
    ]

    @Test(arguments: goldenCases.map(\.0))
    func matchesGolden(_ name: String) throws {
        let entry = try #require(Self.goldenCases.first { $0.0 == name })
        let extraction = PlainTextExtractor(options: entry.2).extract(fileAt: entry.1)
        #expect(extraction.failure == nil)
        Golden.check(extraction.text, against: TestPaths.fixtures + "/text/\(name).txt")
    }
}
