import Foundation
import Testing

@testable import TeigramCore

/// The person an archive's summary names as reporting for an office, an edition's title with a subject
/// before its correspondents, a subject's heading that is no signature, a document reference that is no
/// document heading, and an edition's footnote mark after an addressee named after the institution.
@Suite("Summary reporters and headings")
struct SummaryReporterAndHeadingTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    func summary(_ text: String) -> [TextUnit] { [TextUnit(line: 1, text: text)] }

    @Test(arguments: [
        ("Saul reports on the aftermath of the Tiananmen Square crackdown.", "Saul"),
        ("British Ambassador Oliver Harvey reports a conversation with the Director.", "Oliver Harvey"),
        ("    Polish Ambassador Ochęduszko reports on a conversation with the Soviet ambassador.", "Ochęduszko"),
    ])
    func aSummaryOpeningWithAReportingPersonNamesHim(text: String, reporter: String) {
        #expect(MetadataReader.summaryReporter(summary(text)) == reporter)
    }

    @Test(arguments: [
        "This Chinese report on Pakistani diplomatic activities focused on a visit.",
        "The Embassy reports on the situation in the capital.",
        "Saul and the embassy staff discuss the aftermath.",
    ])
    func aSummaryThatOpensWithNoReportingPersonNamesNoOne(text: String) {
        #expect(MetadataReader.summaryReporter(summary(text)) == nil)
    }

    @Test(arguments: [
        (
            "Five days after the test, the Hungarian Embassy in New Delhi reports that the government was grateful.",
            "New Delhi"
        ),
        ("The Chinese Embassy in Budapest reports that the situation is tense.", "Budapest"),
    ])
    func aSummarysReportingMissionNamesItsPost(text: String, post: String) {
        #expect(MetadataReader.summaryMissionPost(summary(text)) == post)
    }

    @Test func aSummaryWhoseMissionDoesNotReportNamesNoPost() {
        #expect(MetadataReader.summaryMissionPost(summary("A cable to the Embassy in Hanoi about the visit.")) == nil)
    }

    @Test func anAmbassadorsPostAfterToIsThePlaceOfDispatch() throws {
        let page = """
            July 27, 1953

            Report from the Czechoslovak Ambassador to Rome, Oldzhich Kaiser, on the Egyptian government’s interest

            The Egyptian envoy called on me today and asked about machinery.
            """
        #expect(try metadata(page).origin == "Rome")
    }

    @Test func theSummarysReporterSignsForTheOfficeTheTitleNames() throws {
        let page = """
            June 05, 1989

            Saul reports on the aftermath of the Tiananmen Square crackdown.
            "Telegram No. 048 821 from the Czechoslovak Embassy, Beijing," June 05, 1989, History and Public Policy Program Digital Archive, Archive of the Czech Ministry of Foreign Affairs.

            Telegram from the Czechoslovak Embassy, Beijing

            The situation in the city remains tense and the army controls the main streets.
            """
        let reading = try metadata(page)
        #expect(reading.senderParts.person == "Saul")
        #expect(reading.senderParts.office != nil)
    }

    @Test func anEditionsTitleWithASubjectBeforeItsCorrespondentsIsTheTitle() throws {
        let title =
            "Annual report on the work of the Irish Legation in Berlin for 1938-39 from Charles Bewley to Joseph P. Walshe (Dublin)"
        #expect(PageReader.isCorrespondenceTitle(title))
        var reading = TelegramMetadata()
        #expect(MetadataReader.readCorrespondents(title, into: &reading))
        #expect(reading.sender == "Charles Bewley")
        #expect(reading.recipient?.hasPrefix("Joseph P. Walshe") == true)
    }

    @Test func aTitlesSubjectWithNoCorrespondentsAfterItNamesNone() {
        var reading = TelegramMetadata()
        #expect(
            !MetadataReader.readCorrespondents("South Korean Telegrams on Visit to China by Officials", into: &reading))
    }

    @Test(arguments: ["On Czech", "Concerning the Visit", "Regarding Berlin"])
    func aSubjectsHeadingIsNoSignature(line: String) {
        #expect(!PageReader.looksLikeSignature(line))
    }

    @Test(arguments: ["Ochęduszko", "A. GROMYKO", "/s/ Lodge"])
    func aNameLineIsStillASignature(line: String) {
        #expect(PageReader.looksLikeSignature(line))
    }

    @Test func aDocumentReferenceOpeningALineIsNoDocumentHeading() {
        #expect(!LinePatterns.documentHeading.matches("Document 258), but on 17 December Cranborne advised that"))
        #expect(LinePatterns.documentHeading.matches("Document 24.2: Telegram from Shtykov"))
        #expect(LinePatterns.documentHeadingAnyCase.matches("DOCUMENT IV"))
    }

    @Test func anEditionsFootnoteMarkAfterTheAddresseeNamedAfterTheInstitutionIsNoPartOfIt() {
        let reading = RussianDocumentTitle.read(
            "Шифротелеграмма секретаря ЦБ КПБ В. А. Богуцкого в ЦК РКП(б) И. В. Сталину*")
        #expect(reading.recipient == "И. В. Сталин")
    }
}

/// A Soviet record of conversation's title names its writer, not an addressee.
@Suite("Russian records of conversation")
struct RussianRecordOfConversationTests {
    @Test func aRecordOfConversationsWriterIsTheSenderAndTheOtherPartyNoAddressee() {
        let reading = RussianDocumentTitle.read(
            "Из записи беседы заведующего первым дальневосточным отделом МИД СССР Н.Т. Федоренко с советником посольства КНР в СССР Гэ Баоцюанем. 2 июля 1952 г."
        )
        #expect(reading.sender == "Н. Т. Федоренко")
        #expect(reading.recipient == nil)
    }
}

/// A CIA reading-room record copied without a title above its fields and without its "Body:" label.
@Suite("Reading-room records without a title")
struct ReadingRoomRecordTests {
    static let page = """
        Document Type:
        Document Creation Date:
        November 16, 2016
        Document Release Date:
        April 17, 2000
        Publication Date:
        November 8, 1957
        Content Type:
        PDF icon CIA-RDP78-02771R000400310032-6.pdf120.91 KB
        INCOMING TELEGRAM DEPARTMENT OF STATE FROM: Cairo TO: Secretary of State NO: 1168, November 8. The Minister received me today and we discussed the situation at length. He said that the government would not change its position on the canal before the conference, and that he expected the other delegations to understand the reasons for it.
        """

    @Test func theRecordsFieldsEndAtTheContentTypesValue() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt"))
        #expect(page.preface.count == 9)
        #expect(page.recordPublicationDate?.date.iso == "1957-11-08")
    }

    @Test func aLongParagraphBelowTheFieldsIsTheTextAndThePageHasNoTitle() throws {
        let page = PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt"))
        #expect(page.titleLine == nil)
        #expect(page.parts.first?.body.units.first?.text.hasPrefix("INCOMING TELEGRAM") == true)
    }

    @Test func theRecordsCreationDateIsNoDocumentDate() throws {
        let metadata = MetadataReader.read(PageReader.read(try SourceText(bytes: Array(Self.page.utf8), path: "t.txt")))
        #expect(metadata.date?.iso == "1957-11-08")
    }
}
