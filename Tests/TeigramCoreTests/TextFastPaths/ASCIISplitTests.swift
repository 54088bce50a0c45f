import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``Swift/String/splitOnASCII(_:)`` gives the pieces of `split(separator:)`, for the separators the
    /// rules use, on generated text with the awkward pieces of the other fast-path tests (combining marks
    /// after a separator, "\r\n", emoji, Prepend characters) and runs of separators.
    @Test func asciiSplitIsTheCharacterSplit() {
        var generator = DateScannerTests.Generator(state: 34)
        let separators: [Character] = [" ", "\n", ",", ";"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                text += Self.text(&generator) + String(separators.randomElement(using: &generator) ?? " ")
            }
            text += Self.text(&generator)
            for separator in separators {
                #expect(
                    text.splitOnASCII(separator).map(String.init) == text.split(separator: separator).map(String.init),
                    "\(text.debugDescription) \(separator.debugDescription)")
            }
        }
    }
}
