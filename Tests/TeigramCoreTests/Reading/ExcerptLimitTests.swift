import Testing

@testable import TeigramCore

/// A page stored cut at the excerpt limit (2,000 bytes): cut whatever its last line, and its last line,
/// read as a signature, no signer, alone or below other closing lines; a page that reached its footer is
/// whole.
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

    /// A State Department cable in capitals, padded to `PageReader.excerptLimit` bytes with whole sentences,
    /// whose last lines are `lastLines`.
    static func cable(endingWith lastLines: String) -> String {
        let head = """
            SECRET
            PAGE 01
            P 162209Z DEC 78
            FM AMEMBASSY OTTAWA
            TO SECSTATE WASHDC PRIORITY 9783
            SUBJECT: U.S. GOALS AND OBJECTIVES
            1. OUR STAKE IN ECONOMIC ACCESS AND DEFENSE COOPERATION WITH CANADA IS FUNDAMENTAL.

            """
        let tail = "\n" + lastLines
        let sentence = "SO IS OUR INTEREST IN ITS SUCCESS AS A NATION.\n"
        let fillerLength = PageReader.excerptLimit - head.utf8.count - tail.utf8.count
        let wholeLines = fillerLength / sentence.utf8.count - 1
        let rest = fillerLength - wholeLines * sentence.utf8.count
        let last = String(repeating: "WE NOTE THIS ", count: rest / 13 + 1).utf8.prefix(rest - 1)
        return head + String(repeating: sentence, count: wholeLines) + String(decoding: last, as: UTF8.self) + "."
            + tail
    }

    @Test func aCutLineBelowAReleaseStampNamesNoSigner() throws {
        let text = Self.cable(
            endingWith: """
                -------------------------------------------------------
                Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20 Mar 2014
                U.S. INVOL
                """)
        #expect(text.utf8.count == PageReader.excerptLimit)
        let page = try read(text)
        #expect(page.isTruncated)
        let closer = try #require(page.parts.last?.closer)
        #expect(closer.last?.unit.text == "U.S. INVOL")
        #expect(!closer.contains { $0.kind == .signature })
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
