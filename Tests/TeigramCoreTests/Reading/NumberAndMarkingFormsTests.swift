import Foundation
import Testing

@testable import TeigramCore

/// A telegram's number before its markings, after a Russian "№" or a kind of document's name; markings
/// beside another column's text, before a date, and the Australian caveats; a title's subject after a
/// spaced dash; a sender's post at an office; a reference to the reader; an office addressed alone.
@Suite("Numbers and markings of header lines")
struct NumberAndMarkingFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aCablegramsFirstLineGivesItsNumberAndMarkings() throws {
        let read = try metadata(
            """
            CABLEGRAM TO CANBERRA

            Washington, 10 November 1956

            1242. Secret Austeo Priority

            For the Acting Minister and Secretary.

            """)
        #expect(read.number == "1242")
        #expect(read.classification == ["Secret", "Austeo", "Priority"])
    }

    @Test func theGuardCaveatIsATermOfItsOwn() throws {
        let read = try metadata(
            """
            Cablegram from Critchley to Canberra

            Kuala Lumpur, 11 October 1963

            702. Secret Guard

            Baldwin spoke to me this morning about his talk with the Tunku yesterday and confirmed it.

            """)
        #expect(read.number == "702")
        #expect(read.classification == ["Secret", "Guard"])
    }

    @Test func aCaveatAfterTheAddresseesNameIsAMarking() throws {
        let read = try metadata(
            """
            December 25, 1962

            Ciphergram No. 18512

            To: Zenon KLISZKO, Eyes only

            From: [Ambassador Boleslaw] JASZCZUK

            Based on the conversation with Yuri Andropov in the Central Committee on the 25th, I report it.

            """)
        #expect(read.recipient == "Zenon KLISZKO")
        #expect(read.classification.contains("Eyes only"))
    }

    @Test func aNumberedParagraphIsNoNumberLine() {
        #expect(MetadataReader.numberBeforeMarkings("12. Secret talks were held") == nil)
        #expect(MetadataReader.numberBeforeMarkings("2154. EMERGENCY SECRET")?.number == "2154")
    }

    @Test func aRussianNumberSignAloneOrAfterTheDate() {
        func number(_ line: String) -> String? {
            CorrespondentReader.captures(MetadataReader.russianNumberLine, in: line)?.groups[0] ?? nil
        }
        #expect(number("№ 2248") == "2248")
        #expect(number("26 мая 1926 г. № 3396") == "3396")
        #expect(number("№ 43 И. В. СТАЛИН У. ЧЕРЧИЛЛЮ") == nil)
        #expect(number("* См. док. № 47") == nil)
    }

    @Test func aKindsNumberWinsOverARegistrysNumber() throws {
        let read = try metadata(
            """
            Telegram from Nikishov to Beria - Henry A. Wallace’s visit to the city of Magadan

            June 6, 1944

            A  C O P Y

            C.[omrade] Stalin

            Top Secret

            Copy No. 3

            No. 536/b [Beria]

            TELEGRAM No. 16022

            In addition to my cable on WALLACE’s visit to the city of Magadan, I report to you.

            """)
        #expect(read.number == "16022")
    }

    @Test func aSubjectAfterASpacedDashIsNoAddressee() throws {
        let read = try metadata(
            """
            Telegram from Nikishov to Beria - Henry A. Wallace’s visit to the city of Magadan

            June 6, 1944

            In addition to my cable on the visit, I report to you.

            """)
        #expect(read.sender == "Nikishov")
        #expect(read.recipient == "Beria")
    }

    @Test func aMarkingBesideAnotherColumnsText() {
        #expect(MetadataReader.markingBesideHeaderText("Secret Copy Nº 2") == ["Secret"])
        #expect(MetadataReader.markingBesideHeaderText("SECRET, Copy no. 1") == ["SECRET"])
        #expect(MetadataReader.markingBesideHeaderText("in the MPR Secret") == ["Secret"])
        #expect(
            MetadataReader.markingBesideHeaderText("USSR EMBASSY IN THE DPRK [faded USSR TOP SECRET") == ["TOP SECRET"])
    }

    @Test func aMarkingInRunningTextIsNone() {
        #expect(MetadataReader.markingBesideHeaderText("the talks were kept secret").isEmpty)
        #expect(MetadataReader.markingBesideHeaderText("He said the matter was secret.").isEmpty)
    }

    @Test func aPrecedenceBeforeTheDateInTheFirstParagraph() throws {
        let read = try metadata(
            """
            Телеграмма Заместителя Народного Комиссара Иностранных Дел СССР в Народный Комиссариат Иностранных Дел СССР

            Вне очереди 24 ноября 1938 г.

            Вместе с Терентьевым сегодня утром был у Сараджоглу.

            """)
        #expect(read.classification == ["Вне очереди"])
    }

    @Test func aPostAtAnOfficeNamesThePersonAndTheOffice() {
        let read = CorrespondentReader.read("Mr F.K. Officer, Australian Counsellor at British Embassy in Washington")
        #expect(read.person == "F.K. Officer")
        #expect(read.office == "British Embassy in Washington")
        #expect(read.place == "Washington")
    }

    @Test func aTelegramSentToTheReaderNamesNoCorrespondents() {
        var metadata = TelegramMetadata()
        #expect(
            !MetadataReader.readCorrespondents(
                "Australian Mission to the United Nation’s 843 to you.2", into: &metadata))
        #expect(metadata.sender == nil && metadata.recipient == nil)
    }

    @Test func anOfficeAloneOnTheAddressLineIsTheAddressee() throws {
        let read = try metadata(
            """
            November 2, 1962

            Cable from the Chinese Embassy in Cuba, 'The Problem of How to Express a Position'

            Special Urgency & Priority Demanded

            Foreign Ministry,

            In recent dealing with foreigners [we] felt that Cuban government officials spoke very discreetly.

            """)
        #expect(read.recipient == "Foreign Ministry")
    }

    @Test func aVocativeToAComradeIsNoOfficeAlone() throws {
        let read = try metadata(
            """
            Telegram, 28 October 1963

            Comrade [Song] Renqiong and the Northeast Bureau,

            We have received your telegram.

            """)
        #expect(read.recipient != "Comrade [Song] Renqiong and the Northeast Bureau")
    }
}
