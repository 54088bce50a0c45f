import Testing
import TeigramXML

@testable import TeigramCore

/// Tagging rules that depend on the text's language or on how a name is written: "M." is a French title,
/// a French article is no given name, "Un" is no "UN".
@Suite("Language-aware tagging")
struct LanguageAwareTaggingTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listOrg>
          <org xml:id="un"><orgName type="standard">United Nations</orgName>
            <orgName type="variant">UN</orgName></org>
        </listOrg>
        """)

    func persons(_ text: String, language: String) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1925)
        state.textLanguage = language
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state).filter { $0.kind == .person }.map {
            UTF16Text.substring(text, $0.range)
        }
    }

    @Test func inFrenchTextMIsATitleNotAnInitial() throws {
        let text = "Nous avons appris que M. Rakowsky chercherait à entrer en rapport avec vous à Paris."
        #expect(try persons(text, language: "fr") == ["Rakowsky"])
        #expect(
            try persons("The report says that M. Rakowsky will arrive in Paris tomorrow.", language: "en")
                == ["M. Rakowsky"])
    }

    @Test func aFrenchArticleIsNoGivenName() throws {
        #expect(try persons("Il nous paraît que Le Chef du service a raison sur ce point.", language: "fr").isEmpty)
    }

    @Test func aShortAbbreviationNamesItsEntryOnlyInCapitals() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState()
        let french = "Un télégramme reçu aujourd’hui nous annonce la nouvelle."
        #expect(tagger.mentions(in: UTF16Text.units(of: french), state: &state).isEmpty)
        let english = "The matter was referred to the UN by both governments."
        #expect(tagger.mentions(in: UTF16Text.units(of: english), state: &state).map(\.ref) == ["un"])
    }
}
