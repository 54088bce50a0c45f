import Testing
import TeigramXML

@testable import TeigramCore

/// Names found from how they are written beside other words: an authority's name that opens with a
/// lower-case particle ("de Gaulle"), a reflexive pronoun after an unknown name ("Vitos himself"), a
/// three-letter Cyrillic place of the gazetteer ("в Рим"); a surname in capitals opening a sentence before
/// "SAID", a footnote mark after it, given names the editor supplied before it; words after a title
/// that are no name; and the list of names after a title in the plural.
@Suite("Particles, reflexives and short Cyrillic places")
struct NameEvidenceFormsTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="de-gaulle"><persName type="standard">Charles de Gaulle</persName>
            <persName type="surname">de Gaulle</persName></person>
        </listPerson>
        <listPlace>
          <place xml:id="gn-3169070"><placeName type="standard">Rome</placeName>
            <placeName type="variant">Рим</placeName></place>
          <place xml:id="gn-298117"><placeName type="standard">Van</placeName>
            <placeName type="variant">Ван</placeName></place>
          <place xml:id="gn-5435464"><placeName type="standard">Pueblo</placeName></place>
          <place xml:id="gn-2643179"><placeName type="standard">Mansfield</placeName></place>
          <place xml:id="gn-3393129"><placeName type="standard">Pará</placeName>
            <placeName type="variant">Para</placeName></place>
        </listPlace>
        """)

    func mentions(_ text: String) throws -> [(String, AuthorityEntry.Kind, String?)] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1944)
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state)
            .map { (UTF16Text.substring(text, $0.range), $0.kind, $0.ref) }
    }

    @Test func theNamesAfterAPluralTitleArePersonsTheGazetteersTownsToo() throws {
        let found = try mentions("present were Senators Mansfield, Humphrey, Dirksen and Kuchel, Speaker McCormack")
        #expect(found.map(\.0) == ["Mansfield", "Humphrey", "Dirksen", "Kuchel"])
        #expect(found.allSatisfy { $0.1 == .person })
    }

    @Test func aPluralTitlesListEndsAtAnOrdinaryWord() throws {
        let found = try mentions("the Ministers Ohira and Others agreed")
        #expect(found.map(\.0) == ["Ohira"])
    }

    @Test func anAuthorityNameOpeningWithAParticleIsFoundWithIt() throws {
        let found = try mentions("concernant ma visite chez de Gaulle expédié hier")
        #expect(found.map(\.0) == ["de Gaulle"])
        #expect(found.first?.2 == "de-gaulle")
    }

    @Test func theParticlesFirstLettersAreTheSetsOwn() {
        let initials = Set(CorrespondentReader.nameParticles.compactMap(\.utf8.first))
        #expect((0...255).filter { EntityTagger.isParticleInitial(UInt16($0)) } == initials.sorted().map(Int.init))
    }

    @Test func aParticleBeforeAWordNoEntryStartsWithIsNoName() throws {
        #expect(try mentions("la visite de Molotov").allSatisfy { $0.0 != "de Molotov" })
    }

    @Test func aReflexivePronounAfterAnUnknownNameMarksAPerson() throws {
        let found = try mentions("a meeting with the leadership, and possibly Vitos himself, with the government")
        #expect(found.contains { $0.0 == "Vitos" && $0.1 == .person })
    }

    @Test func inCapitalsAnUnknownWordOpeningASentenceBeforeAVerbOfSpeechIsAPerson() throws {
        let found = try mentions(
            "DELHI WOULD PROPOSE POSTPONEMENT OF THE DEBATE. KRISHNAN SAID THAT WHILE GOI WOULD NOT OPPOSE IT")
        #expect(found.contains { $0.0 == "KRISHNAN" && $0.1 == .person })
        // Inside a sentence, a word before "SAID" may be anything's (a heading's, an OCR fragment's).
        #expect(
            try mentions("THE MINISTRY OF EXTERNAL AFFAIRS KRISHNAN SAID THAT IT WOULD").allSatisfy {
                $0.0 != "KRISHNAN"
            })
    }

    @Test func aFootnoteMarkAfterASurnameInCapitalsIsNoPartOfIt() {
        func name(_ text: String) -> String {
            let units = UTF16Text.units(of: text)
            return UTF16Text.string(units[EntityTagger.withoutFootnoteMark(0..<units.count, units: units)])
        }
        #expect(name("JASZCZUK1") == "JASZCZUK")
        #expect(name("JELEN12") == "JELEN")
        #expect(name("TOSEC130038") == "TOSEC130038")
        #expect(name("Jaszczuk") == "Jaszczuk")
    }

    @Test func givenNamesTheEditorSuppliedBelongToTheSurnameAfterThem() throws {
        let found = try mentions(
            "As his private opinion, Comrade [Mikhail Stepanovich] Kapitsa told me that we should wait.")
        #expect(found.filter { $0.1 == .person }.map(\.0) == ["Mikhail Stepanovich] Kapitsa"])
    }

    @Test func aThreeLetterCyrillicPlaceOfTheGazetteerIsAPlace() throws {
        let found = try mentions("Говоря о целях поездки генерала в Рим и о целях визита")
        #expect(found.contains { $0.0 == "Рим" && $0.1 == .place })
    }

    @Test func aThreeLetterCyrillicWordInsideALongerNameIsNoPlace() throws {
        #expect(try mentions("Беседовал с Ван Чун-хоем о торговле").allSatisfy { $0.1 != .place })
    }

    @Test func anOrdinaryWordAfterATitleIsNoName() throws {
        for text in [
            "The New Sub-Secretary Foreign Affairs called on me.", "I wrote to Mr. People’s Commissar today.",
            "the Japan-China Foreign Minister Meeting", "selon Ambassadeur Soviets auprès Maison Blanche",
            "EXCLUSIVE FOR PRESIDENT ONLY", "at the General Consulate in Kiev",
        ] {
            #expect(try mentions(text).allSatisfy { $0.1 != .person }, "\(text)")
        }
    }

    @Test func aSurnameThatIsAlsoAWordStaysAName() throws {
        for (text, name) in [
            ("the Chinese Minister Hu, and Counselor Mine.", "Mine"),
            ("I spoke with Ambassador Cannon about it.", "Cannon"),
        ] {
            #expect(try mentions(text).contains { $0.0 == name && $0.1 == .person }, "\(text)")
        }
    }

    @Test func aTitleWrittenOutEndsASentenceWithItsPeriod() throws {
        #expect(try mentions("439. For the Secretary. Most of the ministers agree.").allSatisfy { $0.1 != .person })
        #expect(try mentions("Gen. Abramov arrived.").contains { $0.0 == "Abramov" && $0.1 == .person })
    }

    @Test func aVesselsNameAfterItsPrefixIsNoPlace() throws {
        #expect(try mentions("the seizure of the USS Pueblo in January").allSatisfy { $0.1 != .place })
        #expect(try mentions("the people of Pueblo in January").contains { $0.0 == "Pueblo" && $0.1 == .place })
    }

    @Test func aCablesParagraphWordIsNoPlace() throws {
        #expect(try mentions("2. AS REPORTED IN PARA 3 THE MINISTER AGREED.").allSatisfy { $0.1 != .place })
    }
}
