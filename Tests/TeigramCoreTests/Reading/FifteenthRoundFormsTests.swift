import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the fifteenth round of documents: French elision before a name, an old FRUS volume's file
/// number and telegram number, the editor's mark of a signature, an expanded initial, the Avalon Project's
/// notes and collection heading, an addressee's seat in parentheses, a bracket that completes a body's name.
@Suite("Header forms of the fifteenth round")
struct FifteenthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func anElidedArticleBeforeANameIsAWordOfItsOwn() {
        #expect(NameTokenizer.tokens(of: "membres de l’ONU").map(\.folded) == ["membres", "de", "l", "onu"])
        #expect(NameTokenizer.tokens(of: "dell’Italia").map(\.folded) == ["dell", "italia"])
    }

    @Test(arguments: ["D’Arcy", "O’Brien", "d’affaires"])
    func anApostropheInsideANameOrBeforeALowerCaseWordStaysInTheWord(word: String) {
        #expect(NameTokenizer.tokens(of: word).count == 1)
    }

    @Test func anOldVolumesFileNumberMayEndWithAFullStop() {
        #expect(MetadataReader.fileNumber(inLine: "File No. 812.00/7741.") == "812.00/7741")
    }

    @Test func anOldVolumesTelegramOpensWithItsNumber() throws {
        let read = try metadata(
            """
            File No. 812.00/7741.
            The American Ambassador to the Secretary of State.
            Mexico, June 9, 1913—8 p.m.
            280. The vast injury to American trade and prestige is increasing the difficulty of the Embassy.

            """)
        #expect(read.number == "280")
        #expect(read.title == "The American Ambassador to the Secretary of State.")
    }

    @Test(arguments: [
        ("[Signature]", true), ("[signature]", true), ("[Stamp]", true), ("[Signature illegible]", true),
        ("[Signatures of the Committee members]", false),
    ])
    func theEditorsMarkOfASignatureDescribesTheDocument(bracket: String, isDescription: Bool) {
        let units = Array(("Ambassador " + bracket + " Pisarev").utf16)
        let kind = BracketScanner.spans(in: units).first?.kind
        if case .description = kind { #expect(isDescription) } else { #expect(!isDescription) }
    }

    @Test func aRoleTheSignatureMarkAndANameOnOneLineSign() throws {
        let encoded = try encodeFixture(
            """
            November 29, 1954
            Record of Conversation with Comrade Tsedenbal
            29 November 1954
            Comrade Tsedenbal informed us that he received a delegation and said many things about the workers.
            Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev

            """)
        #expect(encoded.xml.contains("<note type=\"editorial\">Signature</note>"))
        #expect(!encoded.xml.contains("omitted-in-original\">Signature"))
        #expect(encoded.xml.contains(">Vasily Pisarev</persName>\n          <date"))
    }

    @Test(arguments: [
        ("1 Document 115. Back", true), ("2 See Documents 84 and 91. Back", true), ("Go Back", false),
        ("12 Back", false),
    ])
    func anAvalonProjectNoteEndsWithItsBackLink(line: String, isNote: Bool) {
        #expect(PageReader.isBackLinkedFootnote(line) == isNote)
    }

    @Test func aCollectionsHeadingAboveAFRUSTitleIsNoTitle() throws {
        let read = try metadata(
            """
            The Cuban Missile Crisis
            Telegram From the Embassy in the Soviet Union to the Department of State

            Moscow, October 31, 1962, 2 p.m.

            1149. Policy. Gromyko initiative on Cuba yesterday appears to corroborate our estimate.

            """)
        #expect(read.title == "Telegram From the Embassy in the Soviet Union to the Department of State")
        #expect(read.number == "1149")
    }

    @Test func anAddresseesSeatInParenthesesIsAPlaceNotAPerson() throws {
        let text = """
            December 18, 1989
            Telegram from the Romanian Embassy in Moscow to the Ministry of Foreign Affairs (Bucharest)
            We took note of your instructions and we will conform to the orders given by the ministry.

            """
        let encoded = try TelegramEncoder(authority: Shared.corpusAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let received = try #require(encoded.xml.range(of: "<correspAction type=\"received\">"))
        let action = encoded.xml[received.upperBound...].components(separatedBy: "</correspAction>")[0]
        #expect(action.contains("<placeName ref=\"#bucharest\">Bucharest</placeName>"))
        #expect(!action.contains(">Bucharest</persName>"))
    }

    @Test(arguments: [
        ("Head Office of the Xinhua [News Agency]", "Head Office of the Xinhua News Agency"),
        ("Filippov [Stalin]", "Filippov"), ("Petőfi Party [National Peasant Party]", "Petőfi Party"),
        ("the CC [Central Committee]", "the CC"),
    ])
    func aBracketThatCompletesABodysNameIsNoGloss(phrase: String, read: String) {
        #expect(CorrespondentReader.withoutTrailingGloss(phrase) == read)
    }

    @Test func anAddressLineMayNameTwoBodies() throws {
        let read = try metadata(
            """
            September 11, 1965

            Cable from the Chinese Embassy in North Korea, 'On North Korea's Response'

            To the Ministry of Foreign Affairs and the Head Office of the Xinhua [News Agency]:

            On India's invasion of Pakistan, Korea offered purely objective coverage of the war on the 8th.

            """)
        #expect(read.recipient == "Ministry of Foreign Affairs and the Head Office of the Xinhua [News Agency]")
    }
}
