import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the seventh round of documents: several addressees in a title ("Fadden And Spender",
/// names with an editor's gloss), "For …" address lines, "Brother" before a name, and FRUS pages that open
/// with the document's file number.
@Suite("Header forms of the seventh round")
struct SeventhRoundFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    @Test func aTitleCaseAndJoinsTwoAddressees() {
        #expect(MetadataReader.correspondentPhrases("Fadden And Spender") == ["Fadden", "Spender"])
    }

    @Test func addresseesWithAnEditorsGlossAreEachAnAddressee() {
        #expect(
            MetadataReader.correspondentPhrases("Tam Thanh [Hoang Van Thai], Bay Cuong [Pham Hung], and Tuan") == [
                "Tam Thanh [Hoang Van Thai]", "Bay Cuong [Pham Hung]", "Tuan",
            ])
        // An office's "and" keeps the office whole.
        #expect(
            MetadataReader.correspondentPhrases("Ministry of Foreign Affairs and Trade") == [
                "Ministry of Foreign Affairs and Trade"
            ])
    }

    @Test func aForLineAboveTheTextNamesTheAddressee() throws {
        let comrade = try page(
            """
            1971

            Note for Comrade Veljko Micunovic’s Personal Use

            The Embassy of the SFRY

            For Comrade Veljko Micunovic

            During the 17th Session of the Presidium of the LCY, in the Brioni, on April 30, Brezhnev called.

            """)
        #expect(MetadataReader.comradeAddressee(MetadataReader.addressUnits(comrade)) == "Veljko Micunovic")
        let personal = try page(
            """
            Cablegram to Jakarta

            Canberra, 17 October 1975, 4.58 p.m.

            For Woolcott

            We believe that it is important that we now register again with the Indonesians our views.

            """)
        #expect(MetadataReader.comradeAddressee(MetadataReader.addressUnits(personal)) == "Woolcott")
    }

    @Test func aForLineOfOrdinaryWordsNamesNoOne() throws {
        let read = try page(
            """
            Cablegram to Jakarta

            Canberra, 17 October 1975, 4.58 p.m.

            For Information

            We believe that it is important that we now register again with the Indonesians our views.

            """)
        #expect(MetadataReader.comradeAddressee(MetadataReader.addressUnits(read)) == nil)
    }

    @Test func brotherIsATitle() {
        #expect(CorrespondentReader.read("Brother Tuan").person == "Tuan")
    }

    @Test func aFRUSFileNumberLineIsNoTitle() throws {
        let read = try page(
            """
            396.1 GE/5–1754: Telegram
            The Secretary of State to the Embassy in France1
            top
            secret
            priority
            Washington, May 17, 1954—7:37
            p.m.
            4117. Personal for Ambassador from Secretary. In your discussions with Laniel please bear in mind.

            """)
        #expect(read.titleLine?.text == "The Secretary of State to the Embassy in France1")
        #expect(read.preface.map(\.text) == ["396.1 GE/5–1754: Telegram"])
        let metadata = MetadataReader.read(read)
        #expect(metadata.recipient == "the Embassy in France1")
        #expect(metadata.fileNumber == "396.1 GE/5–1754")
        #expect(metadata.number == "4117")
        // The dispatch line dates the document, not the file number.
        #expect(metadata.dateText == "May 17, 1954")
    }

    @Test func theOlderVolumesFileNumberIsRead() {
        #expect(MetadataReader.fileNumber(inLine: "File No. 861.51/145") == "861.51/145")
        #expect(MetadataReader.fileNumber(inLine: "740.61112A/2–2445: Telegram") == "740.61112A/2–2445")
        #expect(MetadataReader.fileNumber(inLine: "1275. For Secretary of the Treasury:") == nil)
    }

    @Test func aFileNumberWithASeriesLetterInParenthesesDatesThePage() throws {
        let read = try page(
            """
            746G.00(W)/10–1350: Telegram
            The Consul General at Hong Kong (Wilkinson) to the Secretary of State
            [Extract] secret
            787. Weeka 41. I. Political. The week was quiet in the colony and its surroundings.

            """)
        let metadata = MetadataReader.read(read)
        #expect(metadata.fileNumber == "746G.00(W)/10–1350")
        #expect(metadata.date?.iso == "1950-10-13")
    }

    @Test func thePlaceAfterTheDateOfAShortDispatchLineIsTheOrigin() throws {
        let text = "No. 56 228 3 June 1969, Beijing"
        let date = try #require(DateRecognizer().firstFullDate(in: text))
        #expect(MetadataReader.placeAfterDate(date, in: text) == "Beijing")
        // A sentence's words after the date are no place.
        let sentence = "On 3 June 1969, Mao said nothing."
        let other = try #require(DateRecognizer().firstFullDate(in: sentence))
        #expect(MetadataReader.placeAfterDate(other, in: sentence) == nil)
    }
}
