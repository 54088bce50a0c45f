import Testing
import TeigramXML

@testable import TeigramCore

/// East Asian names of which the authority knows one word as the surname of several persons: the family
/// name before it, or the hyphenated given name after it, makes one person the authority does not know.
@Suite("East Asian names beside a shared surname")
struct EastAsianNameTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="huang-hua"><persName type="standard">Huang Hua</persName>
            <persName type="surname">Huang</persName></person>
          <person xml:id="huang-zhen"><persName type="standard">Huang Zhen</persName>
            <persName type="surname">Huang</persName></person>
          <person xml:id="lee-kuan-yew"><persName type="standard">Lee Kuan Yew</persName>
            <persName type="surname">Lee</persName></person>
          <person xml:id="robert-lee"><persName type="standard">Robert E. Lee</persName>
            <persName type="surname">Lee</persName></person>
        </listPerson>
        """)

    func persons(_ text: String) throws -> [(String, String?)] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1970)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state).filter { $0.kind == .person }
            .map { (UTF16Text.substring(text, $0.range), $0.ref) }
    }

    @Test func aFamilyNameBeforeASharedSurnameMakesOneUnknownPerson() throws {
        let found = try persons("Comrade Xu Huang of the Foreign Affairs Department is tasked with it.")
        #expect(found.map(\.0) == ["Xu Huang"])
        #expect(found.first?.1 == nil)
    }

    @Test func aHyphenatedGivenNameAfterASharedSurnameBelongsToIt() throws {
        let found = try persons("He met various officials, like Lee Hu-rak, the director of the agency.")
        #expect(found.map(\.0) == ["Lee Hu-rak"])
        #expect(found.first?.1 == nil)
    }

    @Test func aSharedSurnameAloneStaysAPersonOfItsOwn() throws {
        #expect(try persons("Then Huang said that the talks would go on.").map(\.0) == ["Huang"])
    }
}
