import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the eighth round of documents: the US Interests Section's cables, FRUS source notes and
/// portion markings among the text's paragraphs, a marking beside the hour, a number line under the date,
/// a FRUS title broken over two lines, a series' code before a telegram's number, the sender of a "For …
/// from …" line, a letterhead above the dateline, and names a gazetteer's city or a party's adjective took.
@Suite("Header forms of the eighth round")
struct EighthRoundFormsTests {
    func page(_ text: String) throws -> TelegramPage {
        PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))
    }

    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(try page(text))
    }

    @Test func theInterestsSectionsAddressIsExpandedAndNamesItsPost() {
        let sender = CorrespondentReader.read("USINT BAGHDAD")
        #expect(sender.office == "US Interests Section Baghdad")
        #expect(sender.place == "Baghdad")
    }

    @Test func aSourceNoteAmongTheParagraphsGivesTheClassification() throws {
        let read = try metadata(
            """
            165. Telegram From the Embassy in Indonesia to the Department of State

            Djakarta, November 1, 1965, 1200Z.

            /1/Source: National Archives, RG 59, Central Files 1964-66, POL 23-9 INDON. Secret; Exdis; Immediate. Repeated to Bangkok.

            1288. The army is reported to be moving.

            """)
        #expect(read.classification == ["Secret", "Exdis", "Immediate"])
    }

    @Test func aFootnoteMarkBeforeSourceIsRecognisedOnTheFirstBytes() {
        #expect(MetadataReader.opensWithMarkedSourceLabel("/1/Source: National Archives"))
        #expect(MetadataReader.opensWithMarkedSourceLabel("- Source: National Archives"))
        #expect(!MetadataReader.opensWithMarkedSourceLabel("Source: National Archives"))
        #expect(!MetadataReader.opensWithMarkedSourceLabel("12 Sources said"))
    }

    @Test func aPortionMarkingWrittenOutGivesTheLevel() {
        #expect(MetadataReader.portionMarking("1. Secret—Entire text.") == "Secret")
        #expect(MetadataReader.portionMarking("Confidential - entire text") == "Confidential")
        #expect(MetadataReader.portionMarking("1. Secret talks were held on the entire text of the treaty.") == nil)
    }

    @Test func aMarkingBesideTheHourIsAClassification() throws {
        let read = try metadata(
            """
            Telegram from Aurel Duma to Corneliu Manescu

            No. 56 228 3 June 1969, Beijing

            Confidential 1:30 pm

            The Chinese side informed us of the organisation of the congress.

            """)
        #expect(read.classification == ["Confidential"])
    }

    @Test func aNumberLineUnderTheDateIsNoTitle() throws {
        let read = try page(
            """
            July 21, 1961

            No. 38 Secret

            Contents: Information on the meeting with comrade Dong Biwu

            "Information Memorandum, Meeting between Albanian Ambassador to China Reis Malile and Comrade Dong Biwu," July 21, 1961, History and Public Policy Program Digital Archive, AQSH.

            """)
        #expect(read.titleLine == nil)
        #expect(MetadataReader.read(read).title.hasPrefix("Information Memorandum"))
    }

    @Test func aTitleBrokenAfterTheRunsOnIntoItsNextLine() throws {
        let read = try page(
            """
            660.6231/1234: Telegram

            The Reich Foreign Minister to the German Ambassador in the
                             Soviet Union (Schulenburg)

            BERLIN, August 14, 1939.

            I request that you call upon Herr Molotov.

            """)
        #expect(
            read.titleLine?.text
                == "The Reich Foreign Minister to the German Ambassador in the Soviet Union (Schulenburg)")
    }

    @Test func aNationalitysTitleBeforeAParenthesisNamesTheOfficeHolder() {
        let recipient = CorrespondentReader.read("the German Ambassador in the Soviet Union (Schulenburg)")
        #expect(recipient.person == "Schulenburg")
    }

    @Test func aSeriesCodeBelongsToTheTelegramsNumber() throws {
        let read = try metadata(
            """
            118. Telegram From Secretary of State Haig’s Delegation to the Department of State and the White House

            Brussels, December 11, 1981.

            SECTO 15097. Subject: Message to the President. For the President from Secretary Haig.

            1. Secret—Entire text.

            """)
        #expect(read.number == "SECTO 15097")
    }

    @Test func theForLinesFromNamesTheSendersPerson() throws {
        let read = try metadata(
            """
            118. Telegram From Secretary of State Haig’s Delegation to the Department of State and the White House

            Brussels, December 11, 1981.

            SECTO 15097. Subject: Message to the President. For the President from Secretary Haig.

            1. Secret—Entire text.

            """)
        #expect(read.senderParts.person == "Haig")
    }

    @Test func theWhiteHouseIsAnAddresseeOfItsOwn() {
        #expect(
            MetadataReader.correspondentPhrases("the Department of State and the White House") == [
                "the Department of State", "the White House",
            ])
    }

    @Test func aLetterheadAboveTheDatelineIsTheSendingOffice() throws {
        let read = try metadata(
            """
            October 24, 1977

            Note from Milovoje Maksić

            Foreign Policy Department
            Belgrade, October 24, 1977
            Note

            We are delivering a message, with its translation into Russian.

            Milovoje Maksić

            """)
        #expect(read.senderParts.office == "Foreign Policy Department")
    }

    @Test func aFormsNumberFieldKeepsItsSeriesCapitals() throws {
        let read = try metadata(
            """
            July 30, 1974

            Telegram from the South Korean Ambassador to the United States Regarding the Hearing

            MINISTRY OF FOREIGN AFFAIRS
            Number: USW-07421 Date: 301500
            To: Minister Reference (Copy)

            Today at 11:30 in the morning the Minister had a conversation.

            """)
        #expect(read.number == "USW-07421")
    }
}

/// Forms met on the ninth round: a FRUS heading's footnote mark set off by a space, a written-out portion
/// marking with a comma, a State Department caveat, a form's cells joined by dashes, a stamp's letter-spaced
/// marking, a reference to another telegram's number and an addressee field's role before the name.
@Suite("Header forms of the ninth round")
struct NinthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test func aHeadingsFootnoteMarkAfterASpaceIsNoPartOfTheAddressee() {
        #expect(CorrespondentReader.cleaned("the Embassy in Cuba 1") == "Embassy in Cuba")
    }

    @Test func aPortionMarkingWithACommaGivesTheLevel() {
        #expect(MetadataReader.portionMarking("1. Secret, entire text.") == "Secret")
    }

    @Test func limitedDistributionIsAMarking() {
        #expect(PageReader.isClassification("secret; limited distribution"))
    }

    @Test func aCaveatEndingTheOpeningSentenceIsAClassification() throws {
        let read = try metadata(
            """
            150. Telegram From the Department of State to the Embassy in the United Kingdom

            111214. London for Charge Eyes Only. Subject: Falkland Islands Dispute. Ref: State 110698.

            1. Secret, entire text.

            2. Please deliver the following letter.

            """)
        #expect(read.classification.contains("Eyes Only"))
        #expect(read.classification.contains("Secret"))
    }

    @Test func aFormsCellsJoinedByDashesGiveTheirMarkings() throws {
        let read = try metadata(
            """
            Cable from the Chinese Embassy in Vietnam, 'Xuan Thuy discusses the Suggestion'

            Ministry of Foreign Affairs – Received Cable – Extra Urgent – Advance – Vietnam Desk – Received (63) No. 564

            To the Ministry of Foreign Affairs:

            On the 14th Xuan Thuy received me.

            """)
        #expect(read.classification == ["Extra Urgent", "Advance"])
    }

    @Test func aStampsLetterSpacedMarkingIsRead() {
        #expect(MetadataReader.bracketedMarkings("[Stamps:]  S e c r e t") == ["Secret"])
        #expect(MetadataReader.withoutLetterSpacing("P r a g u e") == "Prague")
        #expect(MetadataReader.withoutLetterSpacing("By courier") == "By courier")
    }

    @Test func aReferenceToAnotherTelegramsNumberIsNotTheNumber() {
        #expect(MetadataReader.refersToAnotherTelegram("Referencing the no. 73 cipher telegram."))
        #expect(MetadataReader.refersToAnotherTelegram("In reply to your No. 12 of March 3"))
        #expect(!MetadataReader.refersToAnotherTelegram("Ciphergram No. 7353"))
    }

    @Test func anAddresseeFieldsRoleGivesTheNextPieceItsTitle() {
        #expect(
            MetadataReader.titledPerson(inField: "Comrade Deputy Minister, Constantin Oancea") == "Constantin Oancea")
        #expect(MetadataReader.titledPerson(inField: "the Ministry of Foreign Affairs, Second Direction") == nil)
    }

    @Test func aRoleThenAGivenNameAndSurnameNamesTheHolder() {
        #expect(CorrespondentReader.read("Deputy Minister, Constantin Oancea").person == "Constantin Oancea")
    }
}

/// Forms met on the tenth round: a title's quoted subject repeated as the text's heading, and nationality
/// adjectives that end like surnames.
@Suite("Header forms of the tenth round")
struct TenthRoundFormsTests {
    @Test func aHeadingThatRepeatsTheTitlesQuotedSubjectNamesNoOne() throws {
        let page = PageReader.read(
            try SourceText(
                bytes: Array(
                    """
                    October 23, 1964

                    Cable from the Chinese Embassy in Cuba, 'Reactions to China's Nuclear Test and to Khrushchev's Removal'

                    Reactions to China's Nuclear Test and Khrushchev's Removal

                    To the Foreign Ministry:

                    The Cubans phoned us to convey their congratulations.

                    """.utf8), path: "t.txt"))
        #expect(MetadataReader.correspondenceLines(page).isEmpty)
        let read = MetadataReader.read(page)
        #expect(read.senderParts.office?.hasSuffix("Chinese Embassy in Cuba") == true)
        #expect(read.recipient != "China's Nuclear Test and Khrushchev's Removal")
    }

    @Test func nationalityAdjectivesEndingLikeSurnamesAreNationalities() {
        #expect(EntityTagger.isNationalityWord("korean"))
        #expect(EntityTagger.isNationalityWord("iraqi"))
        #expect(!EntityTagger.isNationalityWord("sullivan"))
    }
}

/// Names the tagger gave to a gazetteer's city or took from a party's name.
@Suite("Names of the eighth round")
struct EighthRoundNamesTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace>
          <place xml:id="gn-3657509" type="city"><placeName type="standard">Duran</placeName></place>
        </listPlace>
        <listOrg>
          <org xml:id="cpsu"><orgName type="standard">Communist Party of the Soviet Union</orgName>
            <orgName type="variant">ЦК РКП(б)</orgName></org>
        </listOrg>
        """)

    func mentions(_ text: String) throws -> [(String, AuthorityEntry.Kind)] {
        var state = TaggingState()
        let units = Array(text.utf16)
        return EntityTagger(authority: try #require(Self.authority)).mentions(in: units, state: &state).map {
            (String(decoding: units[$0.range], as: UTF16.self), $0.kind)
        }
    }

    @Test func aPersonalTitleBeforeAGazetteersCityNamesAPerson() throws {
        let found = try mentions("He was glad to meet Senator Duran and asked for his estimate.")
        #expect(found.map(\.0) == ["Duran"])
        #expect(found.map(\.1) == [.person])
    }

    @Test func theCityStaysAPlaceWithoutTheTitle() throws {
        let found = try mentions("The delegation went on to Duran in the afternoon.")
        #expect(found.map(\.1) == [.place])
    }

    @Test func aPartysAdjectiveAfterAGivenNameIsNoSurname() throws {
        let found = try mentions("He criticised the Christian Democratic Party of campaigning on an old programme.")
        #expect(!found.contains { $0.1 == .person })
    }

    @Test func aNamesParenthesisClosesInTheName() throws {
        let found = try mentions("Из Минска ЦК РКП(б) тов. Сталину.")
        #expect(found.first?.0 == "ЦК РКП(б)")
    }
}
