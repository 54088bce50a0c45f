import Foundation
import Testing

@testable import TeigramCore

/// Titles and dispatch lines of other editions: a Soviet edition's title with an addressee's office in
/// lower case, several addressees in the dative plural, a scan's hyphen and the place the telegram went
/// to; its source note as a scan misreads it; an Irish edition's heading lines; "Cablegram to X"; a date after
/// the addressee or the place of dispatch; a FRUS page's last bulleted footnote, cut off before its link back.
@Suite("Edition titles and dispatch lines")
struct EditionTitleFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    @Test func anAddresseesOfficeInLowerCaseOpensTheAddresseeAndTheDestinationIsDropped() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Народного Комиссара Иностранных Дел СССР члену советской делегации на Конференции по "
                + "сокращению и ограничению вооружений В. С. Довгалев-скому, в Женеву")
        #expect(reading.sender == "Народный Комиссар Иностранных Дел СССР")
        #expect(reading.recipient == "В. С. Довгалевский")
    }

    @Test func officeHoldersInTheDativePluralAreEachAnAddressee() {
        let reading = RussianDocumentTitle.read(
            "Телеграмма Заместителя Народного Комиссара Иностранных Дел СССР Полномочным Представителям СССР в "
                + "Норвегии И. С. Якубовичу, в Швеции А. М. Коллонтай, в Дании Н. С. Тихменеву")
        #expect(reading.recipient == "И. С. Якубович, А. М. Коллонтай, Н. С. Тихменев")
    }

    @Test func aDativeAfterAPrepositionIsTheSendersPhrase() {
        let reading = RussianDocumentTitle.read(
            "85. Телеграмма члена советской делегации на Конференции по сокращению и ограничению вооружений в "
                + "Народный Комиссариат Иностранных Дел СССР, из Женевы")
        #expect(reading.recipient == "Народный Комиссариат Иностранных Дел СССР")
        #expect(reading.origin == "Женевы")
    }

    @Test func aScansMisreadingsOfTheSourceNoteAreSourceNotes() {
        #expect(PageReader.isEditionSourceNote("Печ-ат. по арх."))
        #expect(PageReader.isEditionSourceNote("Пгчат. по арх."))
        #expect(!PageReader.isEditionSourceNote("Печальный исход."))
    }

    @Test func aSourceNoteAndATitleSplitAPageWithoutADateLine() throws {
        let page = try page(
            """
            Телеграмма Народного Комиссара Иностранных Дел СССР Полномочному Представителю СССР во Франции В. С. Довгалевскому

            П марта 1933 г.

            Предлагаем Вам заявить о нашей готовности заключить пакт.

            Литвинов

            Печ-ат. по арх.

            85. Телеграмма члена советской делегации в Народный Комиссариат Иностранных Дел СССР, из Женевы

            На завтраке беседа продолжалась долго.
            """)
        #expect(page.parts.count == 2)
        #expect(page.parts.first?.closer.contains { $0.unit.text == "Литвинов" } == true)
    }

    /// An Irish edition's page: its volume, label and document number with the archival reference above
    /// the title, the telegram's number in brackets below it.
    static let editionHeadingPage = """
        Volume 7 1941~1945

        Doc No.

        No. 385  NAI DFA Berlin Embassy 18/2

        Code telegram from the Department of External Affairs to Con Cremin (Berlin)
        (No. 52)

        DUBLIN, 11 March 1944

        Better inform Foreign Office in sense of my telegram 501.
        """

    @Test func anEditionsHeadingLinesStandAboveTheCorrespondenceTitle() throws {
        let page = try page(Self.editionHeadingPage)
        #expect(page.titleLine?.text.hasPrefix("Code telegram from the Department") == true)
        #expect(page.preface.map(\.text).contains("No. 385  NAI DFA Berlin Embassy 18/2"))
    }

    @Test func theNumberUnderTheTitleIsTheTelegramsNotTheEditions() throws {
        #expect(try metadata(Self.editionHeadingPage).number == "52")
    }

    @Test func aKindAfterTheWordsOfItsCipherOpensACorrespondenceTitle() {
        #expect(PageReader.isCorrespondenceTitle("Dearg code telegram from Joseph P. Walshe to Frederick H. Boland"))
        #expect(PageReader.isCorrespondenceTitle("Telegram From the Embassy in the Soviet Union to the Department"))
        #expect(!PageReader.isCorrespondenceTitle("Notes on the telegram from Moscow to Beijing"))
    }

    @Test func aKindOfDocumentThenToNamesTheAddresseeAlone() throws {
        let metadata = try metadata(
            """
            Cablegram to Critchley

            Canberra, 17 February 1964

            The minister agrees with your view of the talks.
            """)
        #expect(metadata.recipient == "Critchley")
        #expect(metadata.sender == nil)
    }

    @Test func aNumericDateAfterTheAddresseeIsNoPartOfIt() {
        #expect(
            TitlePatterns.trailingDate.replacing(in: "From Brasemb Baires to Exteriores  4/9/87", with: "")
                == "From Brasemb Baires to Exteriores")
    }

    @Test func aDateAfterThePlaceOfDispatchIsNoPartOfIt() throws {
        let metadata = try metadata(
            """
            November 23, 1945

            Telegram from Baku to Moscow

            FROM BAKU 23 November 1945

            The situation in the province is calm.
            """)
        #expect(metadata.origin == "BAKU")
    }

    @Test func aPlaceAfterTheDateOnALineOfItsOwnIsThePlaceOfDispatch() throws {
        let metadata = try metadata(
            """
            August 23, 1969

            Telegram from Aurel Duma to Corneliu Manescu

            23 August 1969, Beijing

            The talks went well.
            """)
        #expect(metadata.origin == "Beijing")
    }

    /// A FRUS page as history.state.gov's text gives it: bulleted footnotes with their links back, the last
    /// one cut off where the stored page ends.
    static let cutOffNotesPage = """
        Telegram From the Embassy in Israel to the Department of State

        Tel Aviv, May 23, 1967, 2145Z.

        3746. I believe that our conveying strong sense of recognition has had major effect in buying time.

        Barbour

        - Source: National Archives and Records Administration, RG 59, Central Files 1967–69. Secret.↩

        - Telegram 199836 to Tel Aviv, May 23, conveyed instructions to Barbour that the views had been fully an
        """

    @Test func aBulletedFootnoteCutOffBeforeItsLinkBackIsAFootnote() throws {
        let closer = try #require(try page(Self.cutOffNotesPage).parts.last?.closer)
        #expect(closer.map(\.kind) == [.signature, .footnote, .footnote])
    }

    @Test func theSignatureAboveNotesCutOffSignsTheTelegram() throws {
        let signature = try metadata(Self.cutOffNotesPage).signature
        #expect(signature.count == 1)
        #expect(signature.first?.isShort == true)
    }

    @Test func aPageCutOffInsideItsLastNoteEndsTheNoteWithTheGap() throws {
        let encoder = TelegramEncoder(authority: Shared.fixtureAuthority)
        let xml = try encoder.encode(bytes: Array(Self.cutOffNotesPage.utf8), path: "cut.txt", documentID: "cut").xml
        #expect(xml.contains(#"had been fully an<gap reason="truncated"/></note>"#))
        #expect(!xml.contains(#"</signed><gap"#))
    }
}
