import Foundation
import Testing

@testable import TeigramCore

/// A vocative address line with the addressee's post, a Hungarian ciphered telegram's closing number, a
/// US cable's serial line with a section or a series around its number, and a Foreign Office form's sender.
@Suite("Address lines and telegram numbers")
struct AddressAndNumberFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aVocativeWithThePostNamesThePersonAddressed() throws {
        let read = try metadata(
            """
            December 18, 1989
            Telegram from the Romanian Embassy in Moscow to the Ministry of Foreign Affairs
            18 December 1989, 12:35 pm
            Comrade Ion Stoian, Candidate Member of the Executive Political Committee, Foreign Minister,
            1. We took note of your instructions and we will conform to the orders given.

            """)
        #expect(read.recipientParts.first?.person == "Ion Stoian")
    }

    @Test func aListOfThosePresentNamesNoAddressee() {
        #expect(MetadataReader.nameBeforePost("Hertzfeldt, Ambassador of the GDR") == "Hertzfeldt")
        #expect(MetadataReader.nameBeforePost("Walter Ulbricht, Willi Stoph") == nil)
    }

    @Test func aHungarianClosingLineGivesTheTelegramsNumber() throws {
        let read = try metadata(
            """
            September 10, 1980
            Telegram from the Hungarian Embassy in Pyongyang to the Hungarian Foreign Ministry

            I pointed out in my response that our practice is not to engage in such matters.

            – 160 – charge d’affaires –

            """)
        #expect(read.number == "160")
    }

    @Test func aClosingInitialAfterTheNumberIsTheSigner() {
        var part = TelegramPart()
        part.body = [.paragraph(TextUnit(line: 1, text: "70 – T."))]
        #expect(MetadataReader.closingNumber(part) == "70")
        part.body = [.paragraph(TextUnit(line: 1, text: "In 1970 – Tito visited."))]
        #expect(MetadataReader.closingNumber(part) == nil)
    }

    @Test func aCablesSerialLineMayHoldItsSectionAndASeriesNumber() throws {
        let header = """
            CONFIDENTIAL
            O 191027Z DEC 75
            FM AMEMBASSY TEL AVIV
            TO AMEMBASSY JIDDA IMMEDIATE
            C O N F I D E N T I A L TEL AVIV SECTION 1 OF 2 8023

            1. THE SITUATION REMAINS CALM.

            """
        #expect(try metadata(header).number == "8023")
        let state = """
            SECRET
            O 220105Z JUL 76
            FM SECSTATE WASHDC
            TO USDEL SECRETARY IMMEDIATE
            S E C R E T STATE 181062 TOSEC 190010

            1. THE SECRETARY WILL ARRIVE ON MONDAY.

            """
        #expect(try metadata(state).number == "181062")
    }

    @Test func aSurnameAndANumberBetweenHyphensCloseAHungarianTelegram() {
        var part = TelegramPart()
        part.body = [.paragraph(TextUnit(line: 1, text: "-Marjai-179-"))]
        #expect(MetadataReader.closingNumber(part) == "179")
    }

    @Test func aFRUSTelegramsNumberMayStandBeforeItsFirstNumberedParagraph() throws {
        let read = try metadata(
            """
            124.93/56a: Telegram
            The Secretary of State to the Ambassador in Great Britain (Kellogg)
            163. 1. I have been informed today by the Chinese Minister that his Government has instructed him.
            2. Please make a discreet effort to learn its intentions in this matter.

            """)
        #expect(read.number == "163")
    }

    @Test func orJoinsTheAddresseesOfACablesForLine() {
        #expect(MetadataReader.personsOfAddressList("AMBASSADOR OR CHARGE", inCapitals: true).isEmpty)
        #expect(MetadataReader.personsOfAddressList("HARTMAN OR VEST", inCapitals: true) == ["Hartman", "Vest"])
    }

    @Test func aForeignOfficeFormNamesTheSenderBelowItsCipherLine() throws {
        let read = try metadata(
            """
            CONFIDENTIAL PROPERTY

            Cypher/OTP

            Mr. Crowe

            November 21, 1959. R: 9.56 a.m. November 22, 1959.

            PRIORITY, CONFIDENTIAL I understand that a number of persons have recently been arrested.

            """)
        #expect(read.senderParts.person == "Crowe")
        #expect(
            MetadataReader.cipherFormSender(
                MetadataReader.addressUnits(
                    PageReader.read(try SourceText(bytes: Array("Mr. Crowe\n\nText.\n".utf8), path: "t.txt"))))
                == nil)
    }
}
