import Foundation
import Testing

@testable import TeigramCore

/// ``CorrespondentReader/withoutFootnoteMarks(_:)``, a pass over the scalars, removes what its regular
/// expression (``CorrespondentReader/footnoteMarkPattern``) removes.
@Suite("The footnote-mark twin agrees with its expression")
struct FootnoteMarkTwinTests {
    static func expression(_ text: String) -> String {
        text.replacingPattern(CorrespondentReader.footnoteMarkPattern, with: "")
    }

    @Test func everyLineOfTheCorpusLosesTheSameMarks() throws {
        var lines = 0
        for path in FileIO.files(in: TestPaths.project.corpus, suffix: ".txt") {
            guard let text = String(validating: try FileIO.read(path), as: UTF8.self) else { continue }
            for line in text.split(separator: "\n") {
                let line = String(line)
                #expect(CorrespondentReader.withoutFootnoteMarks(line) == Self.expression(line), "\(line)")
                lines += 1
            }
        }
        #expect(lines > 4_000)
    }

    @Test func generatedTextLosesTheSameMarks() {
        var generator = DateScannerTests.Generator(state: 7)
        let pieces = [
            "a", "B", "C", "1", "2", "3", "٣", "ń", "Ż", ")", " ", ",", ":", ";", "x", "\n", "\u{A0}", "-", ".", "(",
        ]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(CorrespondentReader.withoutFootnoteMarks(text) == Self.expression(text), "\(text.debugDescription)")
        }
    }
}
