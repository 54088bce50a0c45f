import Testing
import TeigramXML

@testable import TeigramCore

/// Where an organisation's name the authority does not know starts and ends: "and the" starts a second
/// name when no institution noun came before it, a lower-case mission takes its post after "in", and a
/// role before the body's name (roles joined by "and", a role ending with "in") is no part of it; and what
/// is no organisation's name at all: a bare institution noun, a page's formats, a vessel's prefix.
@Suite("The span of an organisation's name")
struct InstitutionSpanTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace>
          <place xml:id="havana"><placeName type="standard">Havana</placeName></place>
          <place xml:id="pyongyang"><placeName type="standard">Pyongyang</placeName></place>
        </listPlace>
        """)

    func organisations(_ text: String) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1963)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state)
            .filter { $0.kind == .org }.map { UTF16Text.substring(text, $0.range) }
    }

    @Test func wordsWithoutAnInstitutionNounBeforeAndTheAreNoPartOfTheNameAfterIt() throws {
        let text = "the good relations between the embassy in Havana and the Cuban Ministry of Foreign Affairs."
        #expect(try organisations(text) == ["Cuban Ministry of Foreign Affairs"])
    }

    @Test func andWithoutTheJoinsTheWordsOfOneName() throws {
        #expect(
            try organisations("He heads the Finance and Planning Department now.") == [
                "Finance and Planning Department"
            ])
    }

    @Test func aLowerCaseMissionTakesItsPostAfterIn() throws {
        #expect(
            try organisations("The Indonesian embassy in Pyongyang is well informed.") == [
                "Indonesian embassy in Pyongyang"
            ])
        #expect(try organisations("The Indonesian embassy in the meantime kept silent.") == ["Indonesian embassy"])
    }

    @Test func rolesJoinedByAndAreNoPartOfTheBodysName() throws {
        let text = "a conversation with Deputy Prime Minister and Candidate for the Politburo Ri Ju-yeon"
        #expect(try organisations(text) == ["Politburo"])
    }

    @Test func aRoleEndingWithInIsNoPartOfTheBodysName() throws {
        #expect(try organisations("From: Director General in the Foreign Ministry Ogrodzinski") == ["Foreign Ministry"])
    }

    @Test func aMembershipAfterAndStartsASecondName() throws {
        let text = "comrade Chairman of the Ministerial Council and Member of the Political Bureau Mehmet Shehu"
        #expect(try organisations(text) == ["Ministerial Council", "Political Bureau"])
    }

    @Test func aBareInstitutionNounIsNoName() throws {
        #expect(try organisations("The Commission met on Monday; the Ministry has not answered.") == [])
        #expect(
            try organisations("The International Control Commission met on Monday.") == [
                "International Control Commission"
            ])
    }

    @Test func aPagesFormatsAndAVesselsPrefixAreNoOrganisations() throws {
        #expect(try organisations("Download TEI XML or PDF of the document.") == [])
        #expect(try organisations("the seizure of the USS Pueblo by the KPA") == ["KPA"])
    }

    @Test func anAbbreviationTheEditorCompletedJoinsTheNextWord() throws {
        // The mention ends with its last word; the encoder closes the bracket inside the word's `expan`.
        #expect(try organisations("the F[oreign] M[inistry] said no") == ["F[oreign] M[inistry"])
    }

    @Test func aMeetingCountedByItsOrdinalIsNoBody() throws {
        #expect(try organisations("The party is inviting delegations to its 6th Congress.") == [])
        #expect(try organisations("after the Twentieth Party Congress the line changed") == [])
        #expect(try organisations("the Congress will vote on the bill") == ["Congress"])
    }

    @Test func ordinalsAreDigitsWithTheirEndingOrOrdinalWords() {
        func ordinal(_ word: String) -> Bool {
            EntityTagger.isOrdinal(NameTokenizer.tokens(of: Array(word.utf16))[0])
        }
        #expect(ordinal("6th") && ordinal("22nd") && ordinal("Sixth") && ordinal("first"))
        #expect(!ordinal("6") && !ordinal("North") && !ordinal("7ht"))
    }
}
