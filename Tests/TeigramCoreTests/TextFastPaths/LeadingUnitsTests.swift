import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``Swift/Array/leadingUnits(_:)`` (units made from as many blocks as needed) is the first units of
    /// the whole body's, on bodies of paragraphs, gaps, lists of several paragraphs and embedded messages,
    /// an empty one included.
    @Test func leadingUnitsAreTheFirstOfAllUnits() {
        func unit(_ line: Int) -> TextUnit { TextUnit(line: line, text: "p\(line)") }
        let bodies: [[BodyBlock]] = [
            [],
            [.paragraph(unit(1))],
            [.embedded(EmbeddedMessage(blocks: [], closer: [])), .paragraph(unit(2)), .gap(unit(3))],
            [
                .list([ListItem(number: "1", paragraphs: [unit(4), unit(5)]), ListItem(number: "2", paragraphs: [])]),
                .paragraph(unit(6)),
                .embedded(
                    EmbeddedMessage(
                        blocks: [.paragraph(unit(7)), .list([ListItem(number: "3", paragraphs: [unit(8)])])],
                        closer: [])),
                .paragraph(unit(9)),
            ],
        ]
        for body in bodies {
            for count in 0...10 {
                #expect(body.leadingUnits(count) == Array(body.units.prefix(count)), "\(count) of \(body.count) blocks")
            }
        }
    }
}
