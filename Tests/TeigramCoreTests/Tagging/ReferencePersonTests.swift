import Testing
import TeigramXML

@testable import TeigramCore

/// Persons of a generated reference list (`hsg-` ids, from the Office of the Historian's people database):
/// full names link like curated ones, a surname alone only inside the entry's floruit, and a curated entry
/// or another kind of name always wins.
@Suite("Persons of the reference list")
struct ReferencePersonTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="hsg-1"><persName type="standard">Ngo Dinh Nhu</persName>
            <persName type="surname">Nhu</persName><floruit from="1955" to="1963"/></person>
          <person xml:id="hsg-2"><persName type="standard">Frederick Nolting</persName>
            <persName type="surname">Nolting</persName><birth when="1911"/><floruit from="1961" to="1963"/></person>
          <person xml:id="hsg-3"><persName type="standard">Paul Kattenburg</persName>
            <persName type="surname">Kattenburg</persName><floruit from="1961" to="1963"/></person>
          <person xml:id="hsg-4"><persName type="standard">Walter Kattenburg</persName>
            <persName type="surname">Kattenburg</persName><floruit from="1962" to="1964"/></person>
          <person xml:id="hsg-5"><persName type="standard">George Washington Brown</persName>
            <persName type="surname">Washington</persName><persName type="surname">Brown</persName>
            <floruit from="1950" to="1970"/></person>
          <person xml:id="hsg-7"><persName type="standard">Hugh English</persName>
            <persName type="surname">English</persName><floruit from="1960" to="1962"/></person>
          <person xml:id="hsg-6"><persName type="standard">Ann Lodge</persName>
            <persName type="surname">Lodge</persName><floruit from="1950" to="1970"/></person>
          <person xml:id="lodge"><persName type="standard">Henry Cabot Lodge</persName>
            <persName type="surname">Lodge</persName></person>
        </listPerson>
        <listPlace>
          <place xml:id="washington"><placeName type="standard">Washington</placeName></place>
        </listPlace>
        """)

    func persons(_ text: String, year: Int?) throws -> [EntityMention] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: year)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state).filter { $0.kind == .person }
    }

    @Test func aFullNameLinksInAnyYear() throws {
        let found = try persons("We met Ngo Dinh Nhu today.", year: nil)
        #expect(found.map(\.ref) == ["hsg-1"])
    }

    @Test func aSurnameAloneLinksInsideTheFloruitWithMediumCertainty() throws {
        let found = try persons("Yesterday Nhu told me so.", year: 1963)
        #expect(found.map(\.ref) == ["hsg-1"])
        #expect(found.map(\.certainty) == ["medium"])
    }

    @Test func aSurnameAloneOutsideTheFloruitIsNoName() throws {
        // No verb of speech either ("Nhu told"), which is evidence of a person of its own; a surname of three
        // letters is too short to be a person's on its own.
        #expect(try persons("Yesterday Nhu came to see me.", year: 1975).isEmpty)
        #expect(try persons("Yesterday Nhu came to see me.", year: nil).isEmpty)
    }

    @Test func aLongerSurnameAloneOutsideTheFloruitIsAnUnlinkedPersonOfLowCertainty() throws {
        let found = try persons("The sending of Nolting appears credible.", year: 1940)
        #expect(found.map(\.ref) == [nil])
        #expect(found.map(\.certainty) == ["low"])
    }

    @Test func aHeaderCorrespondentOutsideTheFloruitIsThisDocumentsPersonWithoutDoubt() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1940)
        state.registerLocalPerson(["nolting"])
        let found = tagger.mentions(in: UTF16Text.units(of: "The sending of Nolting appears credible."), state: &state)
        #expect(found.filter { $0.kind == .person }.map(\.certainty) == [nil])
    }

    @Test func aSurnameOutsideTheFloruitAfterAGivenNameIsLeftToTheWholeName() throws {
        #expect(try !persons("Then Peter Nolting spoke.", year: 1940).contains { $0.range.count == 7 })
    }

    @Test func aNationalityIsNoReferenceSurname() throws {
        #expect(try persons("He spoke English with them.", year: 1940).isEmpty)
    }

    @Test func aSurnameAloneLinksToTheFullNameMetBefore() throws {
        let found = try persons("Ngo Dinh Nhu arrived. Later Nhu left.", year: 1990)
        #expect(found.map(\.ref) == ["hsg-1", "hsg-1"])
    }

    @Test func aSurnameTwoActivePersonsShareIsAPersonOfLowCertainty() throws {
        let found = try persons("Then Kattenburg spoke.", year: 1962)
        #expect(found.map(\.ref) == [nil])
        #expect(found.map(\.certainty) == ["low"])
    }

    @Test func theFloruitOfOnlyOneBearerPicksHim() throws {
        #expect(try persons("Then Kattenburg spoke.", year: 1966).map(\.ref) == ["hsg-4"])
    }

    @Test func aPersonIsNotLinkedBeforeHeIsTen() throws {
        #expect(try !persons("Then Frederick Nolting spoke.", year: 1915).contains { $0.ref == "hsg-2" })
        #expect(try persons("Then Frederick Nolting spoke.", year: 1962).map(\.ref) == ["hsg-2"])
    }

    @Test func anOrdinaryEnglishWordIsNoReferenceSurname() throws {
        #expect(try persons("He asked Brown for more.", year: 1960).isEmpty)
    }

    @Test func aReferenceSurnameAfterAParticleEndsALongerName() throws {
        #expect(try persons("He studied at the Escola Superior de Nhu then.", year: 1960).isEmpty)
    }

    @Test func anAbbreviationInMixedCaseIsNoReferenceSurname() throws {
        #expect(try persons("He spoke of NHU policy.", year: 1960).isEmpty)
    }

    @Test func aPlaceOrACuratedPersonWinsOverTheReferenceList() throws {
        #expect(try persons("He flew to Washington.", year: 1960).isEmpty)
        #expect(try persons("Then Lodge spoke.", year: 1960).map(\.ref) == ["lodge"])
    }

    @Test func aReferenceSurnameIsNoEvidenceAgainstAHeaderPlace() throws {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        #expect(tagger.headerPlace("Washington", state: TaggingState()) == .place("washington"))
    }
}

/// A person list row stands for exactly the `person` element a TEI authority file would hold.
@Suite("Person list rows")
struct PersonListRowTests {
    static let row =
        "hsg-7\tFrederick E. Nolting\tFrederick Nolting\tNolting\t1911\t1989\t1961\t1963\tAmbassador to Vietnam\t"
        + "https://viaf.org/viaf/1|https://history.state.gov/x#p_1\n"

    /// The line and namespace of a parsed element and its descendants set aside.
    func plain(_ element: XML.Element) -> XML.Element {
        var copy = element
        copy.line = 0
        copy.namespaceURI = nil
        copy.children = element.children.compactMap { node in
            switch node {
            case .element(let child): .element(plain(child))
            case .text(let text): text.allSatisfy(\.isWhitespace) ? nil : node
            default: node
            }
        }
        return copy
    }

    @Test func aRowBuildsTheElementTheTEIFormWouldHold() throws {
        let rows = try PersonListRow.rows(bytes: Array(("# comment\n" + Self.row).utf8), path: "list.tsv")
        let fromRow = try #require(rows.first).element
        let authority = try testAuthority(
            """
            <listPerson><person xml:id="hsg-7"><persName type="standard">Frederick E. Nolting</persName>
            <persName type="variant">Frederick Nolting</persName><persName type="surname">Nolting</persName>
            <birth when="1911"/><death when="1989"/><floruit from="1961" to="1963"/>
            <occupation>Ambassador to Vietnam</occupation><idno type="URI">https://viaf.org/viaf/1</idno>
            <idno type="URI">https://history.state.gov/x#p_1</idno></person></listPerson>
            """)
        let fromTEI = try #require(authority.entries["hsg-7"]).element
        #expect(plain(fromRow) == plain(fromTEI))
    }

    @Test func aRowAndItsTEIFormGiveTheSameEntry() throws {
        let authority = try Authority(files: [("list.tsv", Array(Self.row.utf8))])
        let entry = try #require(authority.entries["hsg-7"])
        #expect(entry.standardName == "Frederick E. Nolting")
        #expect(entry.names.map(\.type) == ["standard", "variant", "surname"])
        #expect(entry.isGenerated)
        #expect(entry.earliestMentionYear == 1929)
        #expect(entry.floruitYears == 1961...1963)
        #expect(entry.line == 1)
    }

    @Test func aRowWithoutTenFieldsIsAnErrorWithItsLine() {
        #expect(throws: Diagnostic.self) {
            try PersonListRow.rows(bytes: Array("# c\nhsg-1\tA B\n".utf8), path: "list.tsv")
        }
        do {
            _ = try PersonListRow.rows(bytes: Array("# c\nhsg-1\tA B\n".utf8), path: "list.tsv")
        } catch {
            #expect(error.line == 2)
            #expect(error.path == "list.tsv")
        }
    }

    @Test func aYearThatIsNoYearIsAnError() {
        let row = "hsg-1\tA B\t\t\t19x1\t\t\t\t\t\n"
        #expect(throws: Diagnostic.self) { try PersonListRow.rows(bytes: Array(row.utf8), path: "list.tsv") }
    }
}

/// A footnote marker glued to a title's last word ("Department of State1") is no part of the name.
@Suite("Footnote markers after names")
struct FootnoteMarkerTokenTests {
    @Test func digitsAfterALowerCaseLetterAreAWordOfTheirOwn() {
        let tokens = NameTokenizer.tokens(of: "the Department of State1 and B52 and 1st")
        #expect(tokens.map(\.folded) == ["the", "department", "of", "state", "1", "and", "b52", "and", "1st"])
    }
}

/// Organisations from an abbreviation in prose, a nationality before a mission noun, and the press.
@Suite("Organisations beyond institution nouns")
struct OrganisationEvidenceTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPlace><place xml:id="vietnam"><placeName type="standard">Vietnam</placeName></place></listPlace>
        <listOrg><org xml:id="pravda" type="press"><orgName type="standard">Pravda</orgName></org></listOrg>
        """)

    func organisations(_ text: String) throws -> [String] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState()
        let units = UTF16Text.units(of: text)
        return tagger.mentions(in: units, state: &state).filter { $0.kind == .org }.map {
            UTF16Text.string(units[$0.range])
        }
    }

    @Test func anUnknownAbbreviationInProseIsAnOrganisation() throws {
        #expect(try organisations("He spoke of the future of the ICC in Vietnam.") == ["ICC"])
    }

    @Test func aRomanNumeralIsNoAbbreviation() throws {
        let found = try organisations("He spoke of the XVIII congress and of the ICC today.")
        #expect(found == ["ICC"])
        #expect(EntityTagger.isRomanNumeral("xviii") && !EntityTagger.isRomanNumeral("icc"))
    }

    /// The numeral test reads and rewrites the number for speed; the regular expression is the plain
    /// definition it must agree with, on every string of up to four numeral letters and every canonical
    /// numeral.
    @Test func theRomanNumeralTestAgreesWithTheRegularExpression() {
        let letters = ["i", "v", "x", "l", "c", "d", "m"]
        var words = letters
        var layer = letters
        for _ in 1..<4 {
            layer = layer.flatMap { prefix in letters.map { prefix + $0 } }
            words += layer
        }
        words += ["mmmcmxcix", "mcmlxxxiv", "xviii", "mmxxvi", "icc", "iiii", "vx", "mcmxcxl"]
        for word in words {
            let plain = word.wholeMatch(of: /m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})/) != nil
            #expect(EntityTagger.isRomanNumeral(word) == plain, "\(word)")
        }
    }

    @Test func aLineOfCodesHoldsNoOrganisation() throws {
        #expect(try organisations("TAGS: PFOR, GDS, ZFF").isEmpty)
    }

    @Test func anEnglishWordOrCableWordInCapitalsIsNoOrganisation() throws {
        #expect(try organisations("He said NO to the NODIS cable and the NEW plan.").isEmpty)
    }

    @Test func aNationalityBeforeAMissionNounIsAnOrganisation() throws {
        #expect(try organisations("He met an attaché from the Vietnamese embassy today.") == ["Vietnamese embassy"])
        #expect(try organisations("He met the Vietnamese delegation today.").isEmpty)
    }

    @Test func aNewspaperOfTheAuthorityIsAnOrganisation() throws {
        #expect(try organisations("Pravda, however, did not print it.") == ["Pravda"])
    }
}

/// Words around a name that are no part of it.
@Suite("Name boundaries of titles and stamps")
struct TitleAndStampBoundaryTests {
    @Test func chargeDAffairesIsOneTitle() throws {
        let tagger = EntityTagger(authority: try #require(OrganisationEvidenceTests.authority))
        var state = TaggingState()
        let text = "He met Chargé D'Affaires Wang today."
        let units = UTF16Text.units(of: text)
        let names = tagger.mentions(in: units, state: &state).filter { $0.kind == .person }.map {
            UTF16Text.string(units[$0.range])
        }
        #expect(names == ["Wang"])
    }

    @Test func theDeclassificationStampNamesNobody() {
        let stamp = "Sheryl P. Walter Declassified/Released US Department of State EO Systematic Review 20 Mar 2014"
        #expect(TaggingContext.routing(for: stamp) == .routing)
        #expect(TaggingContext.routing(for: "Sheryl Walter met the minister.") == nil)
    }
}
