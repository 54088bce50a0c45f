import Foundation
import Testing

@testable import TeigramCore

/// Forms met on the fifteenth and sixteenth rounds of documents: a cable cut inside a hyphenated word, the
/// unclassified cable's markings, an office before the kind of document with a journey's "to", comrades
/// addressed together, an addressee below a title that names places only, a party's Central Committee
/// abbreviated, a supplied given name after a title, a parenthesised distribution note, a membership's role
/// before a body.
@Suite("Header forms of the sixteenth round")
struct SixteenthRoundFormsTests {
    func metadata(_ text: String) throws -> TelegramMetadata {
        MetadataReader.read(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt")))
    }

    @Test(arguments: [("PROVIDE OFFICE SPACE AND SEC-", true), ("East-West", false), ("the line -", false)])
    func aLineEndsWithAHyphenatedWord(line: String, ends: Bool) {
        #expect(PageReader.endsWithHyphenatedWord(line) == ends)
    }

    @Test func theRestOfAHyphenatedWordWhereThePageWasCutIsNoSignature() throws {
        let read = try metadata(
            """
            UNCLASSIFIED
            FM AMEMBASSY TEHRAN
            TO SECSTATE WASHDC IMMEDIATE 9995
            UNCLAS TEHRAN 0893
            1. AS PREVIOUS QUESTIONS HAVE NOT YET BEEN ANSWERED, WE ARE RECAPITULATING OUR QUESTIONS.
            5. OFFICE SPACE: IN ABSENCE REPLY, PLAN TO PROVIDE OFFICE SPACE AND SEC-
            RETARIAL A

            """)
        #expect(read.signature.isEmpty)
        #expect(read.classification.contains("UNCLASSIFIED"))
    }

    @Test func theTelegraphicUnclasLineMarksTheCableUnclassified() throws {
        let read = try metadata(
            """
            0 220109Z DEC 84
            FM SECSTATE WASHDC
            TO AMEMBASSY GUATEMALA IMMEDIATE 1329
            UNCLAS STATE 375950
            1. THERE FOLLOWS IN PARAGRAPH 2 THE TEXT OF A MESSAGE TO THE AMBASSADOR FROM THE CONGRESSMAN.

            """)
        #expect(read.classification.contains("Unclassified"))
    }

    @Test func aReleaseStampGivesWayToTheOriginalsMarking() {
        #expect(MetadataReader.withoutReleaseMarking(["UNCLASSIFIED", "CONFIDENTIAL"]) == ["CONFIDENTIAL"])
        #expect(MetadataReader.withoutReleaseMarking(["UNCLASSIFIED", "IMMEDIATE"]) == ["UNCLASSIFIED", "IMMEDIATE"])
    }

    @Test func anOfficeBeforeTheKindWroteItThoughAJourneysToFollows() throws {
        let read = try metadata(
            """
            February 18, 1977
            Soviet Embassy in East Germany, Report for CPSU CC Summarizing Visit to Somalia by a Delegation
            We send to your attention according to classified procedures this report concerning the trip.

            """)
        #expect(read.sender == "Soviet Embassy in East Germany")
    }

    @Test func comradesAddressedTogetherAreEachAnAddressee() throws {
        let read = try metadata(
            """
            April 2, 1969
            Letter of the Minister for Foreign Affairs
            The Minister for Foreign Affairs
            Comrade Walter Ulbricht
            Willi Stoph
            Erich Honecker
            Berlin
            Dear Comrades!
            The following is the text of a telegram from Comrade Hertzfeld, Peking, for your information.

            """)
        #expect(read.recipientParts.compactMap(\.person) == ["Walter Ulbricht", "Willi Stoph", "Erich Honecker"])
    }

    @Test func theAddressLineNamesThePersonWhenTheTitleNamesPlacesOnly() throws {
        let text = """
            Skip to content

            December 18, 1980

            Secret Telegram No. 3638/IV - From Moscow to Warsaw

            Secret Telegram No. 3638/IV

            From Moscow to Warsaw, December 18, 1980

            To [Foreign Minister] Comrade Czyrek:

            Comrade Olszowski relays the following after the talks with the head of the department.

            """
        #expect(
            MetadataReader.comradeAddressee(
                MetadataReader.addressUnits(PageReader.read(try SourceText(bytes: Array(text.utf8), path: "t.txt"))))
                == "Czyrek")
        let encoded = try TelegramEncoder(authority: Shared.corpusAuthority).encode(
            bytes: Array(text.utf8), path: "t.txt", documentID: "t")
        let received = try #require(encoded.xml.range(of: "<correspAction type=\"received\">"))
        let action = encoded.xml[received.upperBound...].components(separatedBy: "</correspAction>")[0]
        #expect(action.contains(">Czyrek</persName>") || action.contains(">Józef Czyrek</persName>"))
    }

    @Test(arguments: [
        ("the CC SED met", "SED", "CC SED"), ("the RCP CC met", "RCP", "RCP CC"), ("the SED met", "SED", "SED"),
        ("ACC SED", "SED", "SED"), ("the CC of the SED met", "SED", "CC of the SED"),
        ("the CC of KWP met", "KWP", "CC of KWP"),
    ])
    func aPartysCentralCommitteeAbbreviatedIsOneName(text: String, abbreviation: String, name: String) throws {
        let units = Array(text.utf16)
        let word = try #require(text.range(of: abbreviation))
        let start = text.utf16.distance(from: text.utf16.startIndex, to: word.lowerBound)
        let range = EntityTagger.extendedOverCentralCommittee(start..<(start + abbreviation.utf16.count), units: units)
        #expect(UTF16Text.string(units[range]) == name)
    }

    @Test func aGivenNameTheEditorSuppliedAfterTheTitleIsPassedOver() {
        let xml = encodeInline("He would visit Ambassador [Przemyslaw] Ogrodzinski in Delhi.")
        #expect(xml.contains("<persName ref=\"#prov.ogrodzinski\">Ogrodzinski</persName>"))
    }

    @Test func aDistributionNoteInParenthesesIsTheCopiesLine() {
        #expect(PageReader.isParenthesisedDistribution("(fyi: trojanowski, thee, chodorek)"))
        #expect(!PageReader.isParenthesisedDistribution("(the minister was informed)"))
    }

    @Test func aMembershipBeforeABodyIsNoPartOfItsName() {
        let xml = encodeInline("Ion Stoian, Candidate Member of the Executive Political Committee, said so.")
        #expect(xml.contains(">Executive Political Committee</orgName>"))
        #expect(!xml.contains(">Candidate Member"))
    }
}

@Suite("The editor's bracketed role on an address line")
struct BracketedRoleAfterToTests {
    @Test(arguments: [
        ("To [Foreign Minister] Comrade Czyrek:", "To Comrade Czyrek:"),
        ("[To] [Deputy Minister] The Ministry:", "[To] The Ministry:"),
        ("To [X] Comrade Czyrek:", "To [X] Comrade Czyrek:"),
        ("To [Foreign Minister]Comrade Czyrek:", "To [Foreign Minister]Comrade Czyrek:"),
        ("To the Ministry of Foreign Affairs:", "To the Ministry of Foreign Affairs:"),
    ])
    func theRoleIsPassedOver(line: String, read: String) {
        #expect(MetadataReader.withoutBracketedRoleAfterTo(line) == read)
    }
}
