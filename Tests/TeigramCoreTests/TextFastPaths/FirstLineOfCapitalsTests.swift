import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``TaggingContext/firstLineOfCapitals(_:atMost:)`` (a scan that stops at the first byte that is no
    /// capital, digit or space) gives what the whole first line's test gives: the line up to a line feed
    /// when it has at most 80 bytes, all ASCII capitals, digits and spaces; else `nil`. On generated lines
    /// of capitals (the reference lines of cables) with the other tests' awkward pieces mixed in, around the
    /// 80-byte limit.
    @Test func firstLineOfCapitalsIsTheWholeLinesTest() {
        var generator = DateScannerTests.Generator(state: 81)
        let capitals = ["MOSCOW", " ", "02542", "01", " OF ", "Z", "A", "\n", "SECTION", "1"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                text += capitals.randomElement(using: &generator) ?? ""
            }
            if Int.random(in: 0...3, using: &generator) == 0 { text += Self.text(&generator) }
            let line = text.utf8.prefix { $0 != 0x0A }
            let expected =
                line.count <= 80
                    && line.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 }
                ? Array(line) : nil
            #expect(
                TaggingContext.firstLineOfCapitals(text, atMost: 80).map { Array($0) } == expected,
                "\(text.debugDescription)")
        }
    }
}
