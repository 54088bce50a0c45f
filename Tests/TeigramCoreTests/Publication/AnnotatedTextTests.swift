import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite struct AnnotatedTextTests {
    static let telegrams = PublicationFixtures.teiFiles.map { Project.baseName($0) }

    @Test(arguments: telegrams)
    func annotatedTextIsThePlainText(_ name: String) throws {
        let path = TestPaths.project.output + "/" + name + ".xml"
        let document = try XMLParsedDocument(bytes: FileIO.read(path), path: path).tree()
        let extractor = PlainTextExtractor()
        #expect(extractor.annotate(document, path: path).text == extractor.extract(document, path: path).text)
    }

    @Test(arguments: telegrams)
    func spansNestAndLieInsideTheText(_ name: String) throws {
        let telegram = try PublicationFixtures.telegram(TestPaths.project.output + "/" + name + ".xml")
        let count = telegram.normalised.text.utf8.count
        for span in telegram.normalised.spans {
            #expect(span.utf8Range.lowerBound >= 0 && span.utf8Range.upperBound <= count)
        }
        // Spans either nest or are disjoint: the HTML renderer relies on it.
        let spans = telegram.normalised.spans.filter { !$0.utf8Range.isEmpty }
        for (index, outer) in spans.enumerated() {
            for inner in spans[(index + 1)...] where inner.utf8Range.overlaps(outer.utf8Range) {
                let nested =
                    (outer.utf8Range.lowerBound <= inner.utf8Range.lowerBound
                        && inner.utf8Range.upperBound <= outer.utf8Range.upperBound)
                    || (inner.utf8Range.lowerBound <= outer.utf8Range.lowerBound
                        && outer.utf8Range.upperBound <= inner.utf8Range.upperBound)
                #expect(nested, "\(outer.element) \(outer.utf8Range) crosses \(inner.element) \(inner.utf8Range)")
            }
        }
    }

    @Test func aNameSpanHoldsExactlyTheName() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let names = telegram.mentions.map { $0.name.text }
        #expect(names == ["Nanking", "Stalin", "Foreign Ministry of China", "China", "Chiang"])
    }

    @Test func aBracketedNoteSpanIncludesItsBrackets() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let note = try #require(telegram.normalised.spans.first { $0.element == "note" })
        #expect(telegram.normalised.text(of: note) == "[Trans. note: «согласен»]")
    }

    @Test func scalarOffsetsCountCodePoints() {
        let annotated = AnnotatedText(text: "Ünï x\n", spans: [])
        let offsets = annotated.scalarOffsets()
        #expect(offsets.count == "Ünï x\n".utf8.count + 1)
        #expect(offsets[0] == 0)
        #expect(offsets[2] == 1)  // "n" after the two bytes of "Ü"
        #expect(offsets.last == 6)
    }
}
