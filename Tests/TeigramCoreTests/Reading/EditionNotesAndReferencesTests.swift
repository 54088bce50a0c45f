import Foundation
import Testing

@testable import TeigramCore

/// A Soviet edition's page that runs on past the document's notes into a document of another kind; an
/// office-holder named "член" (member); an Irish edition's field labels above the title; a writer's own
/// earlier telegram and an edition's "see also" cited by number, which name no telegram of this page.
@Suite("Edition notes and references")
struct EditionNotesAndReferencesTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    static let runOnPage = """
        Телеграмма члена Коллегии Народного Комиссариата Иностранных Дел СССР Полномочным Представителям СССР в Персии, Турции

        21 сентября 1925 г.

        Сведения, собранные нами, позволяют установить, что слухи были вымышлены*.

        Ротштейн

        Печат, по арх.

        * См. также док. № 318.

        313. Речь Председателя Центрального Исполнительного Комитета СССР М. И. Калинина

        28 сентября 1925 г.

        Господин Полномочный Представитель!
        """

    @Test func aNumberedHeadingAfterTheSourceNoteAndItsNotesOpensTheNextDocument() throws {
        let page = try page(Self.runOnPage)
        #expect(page.parts.count == 2)
        #expect(page.parts.first?.closer.contains { $0.unit.text == "Ротштейн" && $0.kind == .signature } == true)
    }

    @Test func aNumberedHeadingThePageWasCutOffAfterOpensNoDocument() throws {
        let cut = Self.runOnPage.components(separatedBy: "\n\n28 сентября")[0]
        #expect(try page(cut).parts.count == 1)
    }

    @Test func aMemberOfACollegiumIsARoleNotAnOffice() {
        let read = CorrespondentReader.read("член Коллегии Народного Комиссариата Иностранных Дел СССР")
        #expect(read.role != nil)
        #expect(read.office == nil)
    }

    @Test(arguments: ["My telegram No. 182, of the 20th of September.", "* См. также док. N° 384."])
    func aCitedEarlierDocumentIsAReference(line: String) {
        #expect(MetadataReader.refersToAnotherTelegram(line))
    }

    @Test func theKindsNumberIsTheTelegramsNotTheOneItCites() throws {
        let metadata = try metadata(
            """
            270 Mr P. Liesching, U.K. Acting High Commissioner to Australia, to Lord Stanley, U.K. Secretary of State for Dominion Affairs

            Cablegram 184 21 September 1938,

            My telegram No. 182, of the 20th of September. Impressed by what was said to Stirling in London.
            """)
        #expect(metadata.number == "184")
    }

    @Test func anEditionsFieldLabelsStandAboveTheTitleToo() throws {
        let metadata = try metadata(
            """
            Volume 6 1939~1941


            Doc No.
            Date
            Subject

            No. 388 NAI DFA Secretary's Files P12/1

            Code telegram from Joseph P. Walshe to Seán Murphy (Vichy)
            (No. 27) (Personal)

            Dublin, 7 January 1941

            Your written report 3rd December received. Most interesting and useful.
            """)
        #expect(metadata.title.hasPrefix("Code telegram from Joseph P. Walshe"))
        #expect(metadata.number == "27")
    }
}
