import Testing
import TeigramXML

@testable import TeigramCore

/// Legislatures and a foreign ministry's initials named alone ("the Senate", "Der Bundesrat", "MOFA"), a
/// title-case heading's prepositions that end a body's name ("… Foreign Ministry Regarding the
/// Organization"), and verbs of reporting after which a capitalised word is a person ("Byroade reported").
@Suite("Bodies named alone and persons who report")
struct BodiesAndReportingVerbsTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace>
          <place xml:id="cairo"><placeName type="standard">Cairo</placeName></place>
        </listPlace>
        """)

    func mentions(_ text: String, _ kind: AuthorityEntry.Kind) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1956)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state)
            .filter { $0.kind == kind }.map { UTF16Text.substring(text, $0.range) }
    }

    @Test(arguments: [
        ("I told Fawzi of our timing problem due to the Senate and he promised to help.", "Senate"),
        ("The matter was referred to the Majlis last week.", "Majlis"),
        ("He conveyed the view of MOFA on the question.", "MOFA"),
    ])
    func aLegislatureOrAMinistrysInitialsNamedAloneIsAnOrganisation(text: String, name: String) throws {
        #expect(try mentions(text, .org) == [name])
    }

    @Test func aGermanArticleOpeningASentenceIsNoPartOfTheBodysName() throws {
        #expect(try mentions("Der Bundesrat hat daher beschlossen, die Mission auszuweisen.", .org) == ["Bundesrat"])
    }

    @Test func aHeadingsPrepositionEndsTheBodysName() throws {
        let text = "Information Passed to Chinese Foreign Ministry Regarding the Visit of the Delegation"
        #expect(try mentions(text, .org).first == "Chinese Foreign Ministry")
    }

    @Test(arguments: [
        "In this telegram, Byroade reported that the minister had avoided contacts.",
        "Later Byroade expressed the view that nothing had changed.",
    ])
    func aCapitalisedWordBeforeAVerbOfReportingIsAPerson(text: String) throws {
        #expect(try mentions(text, .person) == ["Byroade"])
    }

    @Test func aPlaceBeforeAVerbOfReportingStaysAPlace() throws {
        #expect(try mentions("Cairo reported that the talks had ended.", .person).isEmpty)
    }
}
