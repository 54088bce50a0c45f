import Testing

@testable import TeigramCore

/// A page stored cut at the excerpt limit (2,000 bytes): cut whatever its last line, and its last line,
/// read as a signature, no signer; a page that reached its footer is whole.
@Suite("Pages cut at the excerpt limit")
struct ExcerptLimitTests {
    /// A memorandum's page whose text is padded to `PageReader.excerptLimit` bytes and ends with `lastLine`.
    static func page(endingWith lastLine: String) -> String {
        let head = """
            November 1986

            Memorandum of Conversation

            The Secretary said that we were also interested in broader discussions aimed at improving the flow \
            of television programming between our two countries.

            """
        let tail = "\n\n" + lastLine
        let fillerLength = PageReader.excerptLimit - head.utf8.count - tail.utf8.count
        let filler = String(repeating: "The talks went on. ", count: fillerLength / 19 + 1).utf8.prefix(fillerLength)
        return head + String(decoding: filler, as: UTF8.self) + tail
    }

    func read(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array((text + "\n").utf8), path: "t.txt"))
    }

    @Test func theLimitIsTwoThousandBytesAFinalLineBreakAside() {
        #expect(PageReader.isAtExcerptLimit(String(repeating: "a", count: 2_000)))
        #expect(PageReader.isAtExcerptLimit(String(repeating: "a", count: 2_000) + "\n"))
        #expect(!PageReader.isAtExcerptLimit(String(repeating: "a", count: 1_999)))
        #expect(!PageReader.isAtExcerptLimit(String(repeating: "a", count: 2_001)))
    }

    @Test func aPageAtTheLimitIsCutAndItsLastLineNamesNoSigner() throws {
        let text = Self.page(endingWith: "General Secretary Gorba")
        #expect(text.utf8.count == PageReader.excerptLimit)
        let page = try read(text)
        #expect(page.isTruncated)
        #expect(page.parts.last?.closer.isEmpty == true)
        #expect(MetadataReader.read(page).sender == nil)
    }

    @Test func aPageAtTheLimitThatReachedItsFooterIsWhole() throws {
        let text = Self.page(endingWith: "Shultz\n\nAuthor(s):\nAssociated Places")
        #expect(text.utf8.count == PageReader.excerptLimit)
        #expect(try !read(text).endsAtExcerptLimit)
    }

    @Test func aShorterPageEndingWithANameKeepsItsSignature() throws {
        let page = try read("November 1986\n\nMemorandum of Conversation\n\nThe talks went on in good order.\n\nShultz")
        #expect(!page.isTruncated)
        #expect(page.parts.last?.closer.first?.kind == .signature)
    }
}
