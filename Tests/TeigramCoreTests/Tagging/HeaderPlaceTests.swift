import Testing
@testable import TeigramCore

/// A place standing alone in a header field ("Santiago" as a cable's post) is looked up as a whole name.
@Suite("Places of header fields")
struct HeaderPlaceTests {
    /// Two gazetteer entries share "Santiago": the Chilean capital by its standard name, Santiago de Cuba
    /// by a variant; a curated entry "Moscow" stands beside them.
    static let authority: Authority? = try? Authority(files: [
        (
            "places.xml",
            Array(
                """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>
                <place xml:id="gn-3536729"><placeName type="standard">Santiago de Cuba</placeName>
                  <placeName type="variant">Santiago</placeName></place>
                <place xml:id="gn-3871336"><placeName type="standard">Santiago</placeName></place>
                <place xml:id="moscow"><placeName type="standard">Moscow</placeName></place>
                </listPlace></standOff></TEI>
                """.utf8)
        )
    ])

    @Test func aOneWordPostIsAPlaceThoughItOpensTheField() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.placeNamed("Moscow", state: TaggingState()) == "moscow")
        #expect(tagger.placeNamed("the Moscow", state: TaggingState()) == "moscow")
    }

    @Test func theEntryWhoseStandardNameItIsWinsOverAVariant() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.placeNamed("Santiago", state: TaggingState()) == "gn-3871336")
    }

    @Test func aPhraseThatIsMoreThanTheNameIsNoPlace() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.placeNamed("Moscow embassy", state: TaggingState()) == nil)
    }
}

extension HeaderPlaceTests {
    @Test func aNameThatIsAlsoAPersonsIsNoPlace() throws {
        let authority = try Authority(files: [
            (
                "a.xml",
                Array(
                    """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff>
                    <listPlace><place xml:id="gn-726050"><placeName type="standard">Varna</placeName>
                      <placeName type="variant">Stalin</placeName></place></listPlace>
                    <listPerson><person xml:id="stalin"><persName type="standard">Joseph Stalin</persName>
                      <persName type="variant">Stalin</persName></person></listPerson>
                    </standOff></TEI>
                    """.utf8)
            )
        ])
        #expect(EntityTagger(authority: authority).placeNamed("Stalin", state: TaggingState()) == nil)
    }
}
