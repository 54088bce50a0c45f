import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``Swift/String/lastNonEmptyLine`` is the last piece of the Character-level split at "\n", on
    /// generated text with line feeds, carriage returns (alone and before a line feed), combining marks
    /// after a line feed and the awkward pieces of the other fast-path tests.
    @Test func lastLineIsTheLastPieceOfTheCharacterSplit() {
        var generator = DateScannerTests.Generator(state: 33)
        let breaks = ["\n", "\n\n", "\r\n", "\r", "\n\u{301}", "\n\r", "A\n", "CABLE TEXT\n"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                text += Self.text(&generator) + (breaks.randomElement(using: &generator) ?? "\n")
            }
            text += Self.text(&generator)
            #expect(text.lastNonEmptyLine == String(text.split(separator: "\n").last ?? ""), "\(text.debugDescription)")
        }
    }
}
