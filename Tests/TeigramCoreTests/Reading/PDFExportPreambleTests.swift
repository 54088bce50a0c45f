import Testing

@testable import TeigramCore

/// The Wilson Center's PDF export as text: its banner, its date-and-title line, the labelled sections of its
/// preamble, the list of contents run into the text's first line; an addressee field's holders after their
/// roles and footnote marks; a receipt date read in the order its dispatch date shows.
@Suite("The Wilson Center's PDF export")
struct PDFExportPreambleTests {
    static let export = """
        Digital Archive digitalarchive.wilsoncenter.org International History Declassified

        November 03, 1962 Telegram from Polish Embassy in Washington (Drozniak), 3 November 1962

        Citation:

        “Telegram from Polish Embassy in Washington (Drozniak), 3 November 1962,” November 03, 1962, History \
        and Public Policy Program Digital Archive, Polish Foreign Ministry Archive (AMSZ), Warsaw.

        Summary:

        Drozniak reports on the information from several sources on the agreement to dismantle the missiles.

        Credits:

        This document was made possible with support from the Leon Levy Foundation.

        Original Language:

        Polish

        Contents:

        English Translation Ciphergram No. 16211

        Dispatched from Washington, D.C., on 11.03.1962 at 11:40 and received on 11.04.1962 at 01:50

        To: [Foreign Ministry Director Eugeniusz] MILNIKIEL 1 and [Juliusz] KATZ-SUCHY 2

        From: [Ambassador Edward] DROŻNIAK 3

        [This information has been compiled based] on several different and important sources which are \
        informing us about the following.
        """

    func page() throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(Self.export.utf8), path: "t.txt"))
    }

    @Test func theDateAndTitleLineGivesTheDateLineAndTheTitle() throws {
        let page = try page()
        #expect(page.dateLine?.text == "November 03, 1962")
        #expect(page.titleLine?.text == "Telegram from Polish Embassy in Washington (Drozniak), 3 November 1962")
    }

    @Test func thePreamblesSectionsGoWhereTheirKindsGo() throws {
        let page = try page()
        #expect(page.citation.map(\.text).first?.hasPrefix("“Telegram from Polish Embassy") == true)
        #expect(page.summary.map(\.text).first?.hasPrefix("Drozniak reports") == true)
        #expect(page.footerFields.map(\.label) == ["Language"])
        #expect(page.footerFields.map(\.value.text) == ["Polish"])
    }

    @Test func theListOfContentsIsChromeAndTheTextOpensAfterIt() throws {
        let page = try page()
        #expect(page.chrome.map(\.text).contains("English Translation"))
        #expect(page.parts.first?.opener.first?.unit.text == "Ciphergram No. 16211")
    }

    @Test func theExportsHeaderIsRead() throws {
        let metadata = MetadataReader.read(try page())
        #expect(metadata.number == "16211")
        #expect(metadata.date?.iso == "1962-11-03")
    }

    @Test func aReceiptBeforeTheDispatchIsReadInTheDispatchDatesOrder() throws {
        let metadata = MetadataReader.read(try page())
        #expect(metadata.receivedDate?.iso == "1962-11-04")
    }

    @Test func anAddresseeFieldGivesEachHolderAfterTheRole() {
        #expect(
            MetadataReader.addresseeFieldHolders(
                "Foreign Ministry Director Eugeniusz MILNIKIEL 1 and [Juliusz] KATZ-SUCHY 2")
                == "Eugeniusz MILNIKIEL and Juliusz KATZ-SUCHY")
    }

    @Test func anAddresseeFieldEndingWithAGlossKeepsTheNameItGlosses() {
        #expect(MetadataReader.addresseeFieldHolders("Bay Cuong [COSVN Party Secretary Pham Hung]") == nil)
    }

    @Test func theExportsLabelsContentsAndRunningHeaderAreItsChrome() {
        let date = "January 07, 1950"
        #expect(PageReader.isExportChrome(PageReader.exportBanner, dateLine: date))
        #expect(PageReader.isExportChrome("Original Language:", dateLine: date))
        #expect(PageReader.isExportChrome("English Translation Scan of Original Document", dateLine: date))
        #expect(PageReader.isExportChrome("January 07, 1950 Telegram, to Enlai and CCP CC", dateLine: date))
        #expect(!PageReader.isExportChrome("English Translation of the speech", dateLine: date))
        #expect(!PageReader.isExportChrome("January 08, 1950 Telegram, Mao to Stalin", dateLine: date))
    }

    @Test func aPageWithoutThePreambleIsReadAsBefore() throws {
        let text = """
            November 03, 1962

            Telegram from Polish Embassy in Washington

            Citation: see below.
            """
        let page = PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
        #expect(page.titleLine?.text == "Telegram from Polish Embassy in Washington")
    }
}
