import Testing
@testable import TeigramCore

/// An authority made of one file holding `standOff` content (lists of persons, places, organisations).
func testAuthority(_ standOff: String) throws -> Authority {
    let file = #"<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff>"# + standOff + "</standOff></TEI>"
    return try Authority(files: [("test-authority.xml", Array(file.utf8))])
}

/// A place standing alone in a header field ("Santiago" as a cable's post) is looked up as a whole name.
@Suite("Places of header fields")
struct HeaderPlaceTests {
    /// Two gazetteer entries share "Santiago": the Chilean capital by its standard name, Santiago de Cuba
    /// by a variant; a curated entry "Moscow" stands beside them.
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace>
          <place xml:id="gn-3536729"><placeName type="standard">Santiago de Cuba</placeName>
            <placeName type="variant">Santiago</placeName></place>
          <place xml:id="gn-3871336"><placeName type="standard">Santiago</placeName></place>
          <place xml:id="moscow"><placeName type="standard">Moscow</placeName></place>
        </listPlace>
        """)

    @Test func aOneWordPostIsAPlaceThoughItOpensTheField() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPlace("Moscow", state: TaggingState()) == .place("moscow"))
        #expect(tagger.headerPlace("the Moscow", state: TaggingState()) == .place("moscow"))
    }

    @Test func theEntryWhoseStandardNameItIsWinsOverAVariant() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPlace("Santiago", state: TaggingState()) == .place("gn-3871336"))
    }

    @Test func aPhraseThatIsMoreThanTheNameIsNoPlace() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPlace("Moscow embassy", state: TaggingState()) == .unknown)
    }
}

extension HeaderPlaceTests {
    @Test func aNameThatIsAlsoAPersonsIsNoPlace() throws {
        let authority = try testAuthority(
            """
            <listPlace><place xml:id="gn-726050"><placeName type="standard">Varna</placeName>
                <placeName type="variant">Stalin</placeName></place></listPlace>
            <listPerson><person xml:id="stalin"><persName type="standard">Joseph Stalin</persName>
                <persName type="variant">Stalin</persName></person></listPerson>
            """)
        #expect(EntityTagger(authority: authority).headerPlace("Stalin", state: TaggingState()) == .person)
    }
}

@Suite("Russian forms of multi-word names")
struct RussianNameFormTests {
    @Test func theLastWordOfANameIsDeclined() throws {
        let authority = try testAuthority(
            """
            <listPerson>
              <person xml:id="mao"><persName type="standard">Mao Zedong</persName>
                <persName type="variant">Мао Цзэдун</persName></person>
              <person xml:id="ge"><persName type="standard">Ge Baoquan</persName>
                <persName type="variant">Гэ Баоцюань</persName></person>
            </listPerson>
            """)
        let tagger = EntityTagger(authority: authority)
        var state = TaggingState()
        let text = "письмо Мао Цзэдуна, беседа с Гэ Баоцюанем"
        let refs = tagger.mentions(in: UTF16Text.units(of: text), state: &state).map(\.ref)
        #expect(refs == ["mao", "ge"])
    }

    @Test func surnamesInOvAndInTakeYmInTheInstrumental() {
        #expect(RussianInflection.forms(of: "сталин", isPersonName: true).contains("сталиным"))
        #expect(RussianInflection.forms(of: "молотов", isPersonName: true).contains("молотовым"))
        #expect(!RussianInflection.forms(of: "пекин").contains("пекиным"))
    }
}

@Suite("Surnames several people share")
struct SharedSurnameTests {
    /// Fidel and Raúl Castro: two people with the surname "Castro".
    static func castros() throws -> Authority {
        try testAuthority(
            """
            <listPerson>
              <person xml:id="fidel-castro"><persName type="standard">Fidel Castro</persName>
                <persName type="surname">Castro</persName></person>
              <person xml:id="raul-castro"><persName type="standard">Raúl Castro</persName>
                <persName type="surname">Castro</persName></person>
            </listPerson>
            """)
    }

    @Test func anAmbiguousSurnameAloneIsAPersonWithLowCertaintyLinkedToNoneOfItsBearers() throws {
        let authority = try Self.castros()
        var state = TaggingState()
        let mentions = EntityTagger(authority: authority).mentions(
            in: UTF16Text.units(of: "then Castro said"), state: &state)
        #expect(mentions.map(\.kind) == [.person])
        #expect(mentions.first?.ref == nil)
        #expect(mentions.first?.certainty == "low")
    }

    @Test func theBearerNamedEarlierInTheDocumentIsMeant() throws {
        let authority = try Self.castros()
        var state = TaggingState()
        let mentions = EntityTagger(authority: authority).mentions(
            in: UTF16Text.units(of: "we met Raúl Castro, and then Castro said"), state: &state)
        #expect(mentions.map(\.ref) == ["raul-castro", "raul-castro"])
    }
}

@Suite("Cyrillic names the authority spells in Latin letters")
struct TransliterationTests {
    @Test(arguments: [
        ("громыко", "gromyko"), ("молотову", "molotov"), ("вышинскии", "vyshinsky"), ("хрущев", "khrushchev"),
    ])
    func aFoldedWordHasTheLatinSpelling(word: String, latin: String) {
        #expect(CyrillicTransliteration.latinForms(of: word).contains(latin))
    }

    @Test func aCyrillicSurnameLinksToThePersonOfItsLatinSpellingWithItsInitials() throws {
        let authority = try testAuthority(
            """
            <listPerson>
              <person xml:id="molotov"><persName type="standard">Vyacheslav Molotov</persName>
                <persName type="surname">Molotov</persName></person>
            </listPerson>
            """)
        var state = TaggingState()
        let text = "прием у В.М. Молотова"
        let units = UTF16Text.units(of: text)
        let mentions = EntityTagger(authority: authority).mentions(in: units, state: &state)
        #expect(mentions.map(\.ref) == ["molotov"])
        #expect(mentions.map { UTF16Text.string(units[$0.range]) } == ["В.М. Молотова"])
    }
}

@Suite("Cable reference lines")
struct CableReferenceTests {
    @Test(arguments: [
        "MOSCOW 02542 01 OF 02 311904Z", "SANTIA 01341 01 OF 02 010555 Z",
        "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 02542", "STATE 261731",
    ])
    func aReferenceLineIsRouting(line: String) {
        #expect(TaggingContext.routing(for: line) == .routing)
    }

    /// The labels that end in a colon or a period, followed by a space as cables write them.
    @Test(arguments: [
        "TAGS: PEPR, PARM, WTO, CMEA, RO, UR", "REF: (A) 78 MOSCOW 30127 (NOTAL), (B) MOSCOW 2176",
        "E.O. 12065: GDS 01/31/85 (GERMAN, ROBERT K.) OR-P", "CLEARANCES: EUR/SOV:JSMITH",
    ])
    func aFieldLabelEndingInPunctuationIsRouting(line: String) {
        #expect(TaggingContext.routing(for: line) == .routing)
    }

    @Test(arguments: ["MOSCOW AND WARSAW AGREED ON 1975 TALKS", "Moscow 1234", "NEW YORK TIMES 1975 ARTICLE BY SMITH"])
    func proseIsNoReferenceLine(line: String) {
        #expect(TaggingContext.routing(for: line) == nil)
    }
}

/// A correspondent the header reader knows to be a person ("the Ambassador in the United Kingdom (Douglas)").
@Suite("Persons of header fields")
struct HeaderPersonTests {
    /// A gazetteer place and a reference-list person share "Douglas".
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace><place xml:id="gn-3042237"><placeName type="standard">Douglas</placeName></place></listPlace>
        <listPerson><person xml:id="hsg-103613"><persName type="standard">Lewis Williams Douglas</persName>
            <persName type="surname">Douglas</persName><floruit from="1943" to="1954"/></person></listPerson>
        """)

    static var stateOf1949: TaggingState {
        var state = TaggingState()
        state.documentYear = 1949
        return state
    }

    @Test func aTitledCorrespondentLinksToThePersonThatBearsTheName() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPerson("Douglas", state: Self.stateOf1949)?.ref == "hsg-103613")
    }

    @Test func aNameNoPersonBearsGivesNoPerson() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPerson("Varna", state: Self.stateOf1949) == nil)
    }
}
