import Testing
import TeigramXML

@testable import TeigramCore

/// Where a name found by evidence begins and ends: a sentence's period, a capitalised particle, a given
/// name before initials, a title after the name, an archive's initials, an honorific in an authority's
/// variant, and a title-case heading's words after a title.
@Suite("Where names begin and end")
struct NameEdgeTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="subandrio"><persName type="standard">Subandrio</persName>
            <persName type="variant">Dr. Subandrio</persName>
            <persName type="surname">Subandrio</persName></person>
          <person xml:id="ho-chi-minh"><persName type="standard">Ho Chi Minh</persName>
            <persName type="surname">Ho</persName></person>
        </listPerson>
        """)

    func persons(_ text: String) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1964)
        return tagger.mentions(in: UTF16Text.units(of: text), context: .prose, state: &state)
            .filter { $0.kind == .person }.map { UTF16Text.substring(text, $0.range) }
    }

    @Test func aCountrysAbbreviationBeforeANameIsNoInitials() throws {
        #expect(
            try persons("It might reach an agreement with the U.S. Vorontsov reportedly told the press.")
                == ["Vorontsov"])
    }

    @Test func aSentencesPeriodEndsAName() throws {
        #expect(
            try persons("He does not get along well with Bela Kovacs. However, that was not accepted.")
                == ["Bela Kovacs"])
    }

    @Test func anAbbreviatedGivenNameRunsOnOverItsPeriod() throws {
        #expect(try persons("The letter was signed by Yu. V. Andropov on Monday.") == ["Yu. V. Andropov"])
    }

    @Test func aCapitalisedParticleOpensTheSurnameAndAGivenNameBeforeTheInitialsIsTaken() throws {
        #expect(
            try persons("He met Robert Einhorn and Vahn H. Van Diepen, Director of the Office.").contains(
                "Vahn H. Van Diepen"))
    }

    @Test func aTitleAfterTheNameIsNoPartOfIt() throws {
        #expect(
            try persons("The Angora Government while Bekir Sami Bey and the delegates were in London.") == [
                "Bekir Sami"
            ])
    }

    @Test func anArchivesInitialsAreNoName() throws {
        #expect(try persons("The file NAI DFA was cited in the letter.").isEmpty)
    }

    @Test func anHonorificOfAnAuthoritysVariantIsNoPartOfTheNameTagged() throws {
        #expect(try persons("Please pass following letter from me to Dr. Subandrio at once.") == ["Subandrio"])
    }

    @Test func theHonorificsBytesGuardAdmitsEveryHonorific() {
        for honorific in NameIndex.honorificsBeforeNames {
            #expect(honorific.utf8.count <= 8)
            #expect(honorific.utf8.first.map(NameIndex.honorificLeads.contains) == true)
        }
    }

    @Test func everyParticleHasAtMostThreeLetters() {
        // The tagger asks for a capitalised particle only of a word of three letters or fewer.
        #expect(CorrespondentReader.nameParticles.allSatisfy { $0.utf8.count <= 3 })
    }

    @Test(arguments: [
        "Notice on Holding Vice Foreign Minister Level Talks Between China and Vietnam",
        "The Indonesian Ambassador Discussed the Issue of Next Year's Conference",
    ])
    func ordinaryWordsOfAHeadingAfterATitleAreNoName(heading: String) throws {
        #expect(try persons(heading).isEmpty)
    }

    @Test func aHeadingsSubjectEndsTheNameAfterATitle() throws {
        #expect(try persons("Chairman Ho Meeting with the Chargé d'Affaires") == ["Ho"])
    }

    @Test func aShortWordEndingLikeAnOrdinaryWordStaysInTheName() throws {
        #expect(try persons("where also the former President Lu Ping is said to be interned") == ["Lu Ping"])
    }
}
