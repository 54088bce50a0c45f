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
