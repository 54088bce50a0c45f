import Testing
@testable import TeigramCore
@testable import TeigramTools

@Suite("CSV")
struct CSVTableTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKeepTheirLine() throws {
        let table = try CSVTable(
            text: "\u{FEFF}id,note\r\na,\"one, \"\"two\"\"\nthree\"\r\n\r\nb,plain\n", path: "t.csv")
        #expect(table.header == ["id", "note"])
        #expect(
            table.records == [
                .init(line: 2, fields: ["a", "one, \"two\"\nthree"]), .init(line: 5, fields: ["b", "plain"]),
            ])
    }

    @Test func anUnclosedQuoteIsAnErrorWithItsLineAndColumn() {
        #expect(throws: Diagnostic(.error, .input, path: "t.csv", line: 2, column: 2, "a quoted field is not closed")) {
            try CSVTable(text: "id,note\na,\"open\n", path: "t.csv")
        }
    }

    @Test func writtenRecordsReadBackUnchanged() throws {
        let rows = [["a", "x, y", "say \"hi\""], ["b", "line\nbreak", " padded "]]
        let table = try CSVTable(text: CSVWriter.table(header: ["id", "p", "q"], rows: rows), path: "t.csv")
        #expect(table.records.map(\.fields) == rows)
    }
}
