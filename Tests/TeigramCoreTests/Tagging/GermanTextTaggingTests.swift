import Testing
import TeigramXML

@testable import TeigramCore

/// Names in German text: an institution's declined forms, a place's genitive, German diplomatic ranks
/// before a name, and capitalised nouns that are no surnames.
@Suite("German text tagging")
struct GermanTextTaggingTests {
    static let authority: Authority? = try? testAuthority(
        """
        <listPerson>
          <person xml:id="hsg-1"><persName type="standard">Hans Lande</persName>
            <persName type="surname">Lande</persName><floruit from="1950" to="1955"/></person>
        </listPerson>
        <listPlace>
          <place xml:id="austria"><placeName type="standard">Austria</placeName>
            <placeName type="variant">Österreich</placeName></place>
          <place xml:id="germany"><placeName type="standard">Germany</placeName>
            <placeName type="variant">Deutschland</placeName></place>
          <place xml:id="usa"><placeName type="standard">United States</placeName>
            <placeName type="variant">Vereinigte Staaten</placeName></place>
          <place xml:id="gn-3169070"><placeName type="standard">Rome</placeName>
            <placeName type="variant">Rom</placeName></place>
        </listPlace>
        <listOrg>
          <org xml:id="pd"><orgName type="standard">Federal Political Department</orgName>
            <orgName type="variant">Politisches Departement</orgName></org>
        </listOrg>
        """)

    func mentions(_ text: String, language: String = "de") throws -> [(kind: AuthorityEntry.Kind, text: String)] {
        let tagger = EntityTagger(authority: try #require(Self.authority))
        var state = TaggingState(documentYear: 1977)
        state.textLanguage = language
        return tagger.mentions(in: UTF16Text.units(of: text), state: &state).map {
            ($0.kind, UTF16Text.substring(text, $0.range))
        }
    }

    @Test func anInstitutionsNameIsIndexedInItsDeclinedForms() {
        #expect(
            GermanInflection.phraseForms(of: ["politisches", "departement"]) == [
                ["politische", "departement"], ["politischen", "departement"], ["politischen", "departements"],
                ["politischen", "departementes"],
            ])
        #expect(GermanInflection.phraseForms(of: ["federal", "department"]) == [])
    }

    @Test func aFeminineOrPluralNameIsIndexedWithItsAdjectivesDeclined() {
        #expect(GermanInflection.phraseForms(of: ["vereinigte", "staaten"]) == [["vereinigten", "staaten"]])
        #expect(
            GermanInflection.phraseForms(of: ["vereinigte", "arabische", "emirate"]) == [
                ["vereinigten", "arabischen", "emirate"], ["vereinigten", "arabischen", "emiraten"],
            ])
        #expect(GermanInflection.phraseForms(of: ["grande", "politisches", "amt"]) == [])
    }

    @Test func aDeclinedStateIsTagged() throws {
        let found = try mentions("Kohl sprach über die Beziehungen zu den Vereinigten Staaten.")
        #expect(found.contains { $0.kind == .place && $0.text == "Vereinigten Staaten" })
    }

    @Test func aGazetteerPlaceOfThreeLettersIsTaggedAfterAPrepositionOfPlace() throws {
        let found = try mentions("Der Botschafter in Rom an das Auswärtige Amt.")
        #expect(found.contains { $0.kind == .place && $0.text == "Rom" })
    }

    @Test func aGazetteerPlaceOfThreeLettersIsNotTaggedWithoutAPrepositionOfPlace() throws {
        let found = try mentions("Er sagte, Rom habe nichts mitgeteilt.")
        #expect(!found.contains { $0.text == "Rom" })
    }

    @Test func aDeclinedInstitutionIsTagged() throws {
        let found = try mentions("Der Generalsekretär des Politischen Departements empfing ihn gestern in Bern.")
        #expect(found.contains { $0.kind == .org && $0.text == "Politischen Departements" })
    }

    @Test func aPlacesGenitiveInGermanTextIsThePlace() throws {
        let found = try mentions("Die Lage Österreichs hat sich nicht geändert.")
        #expect(found.contains { $0.kind == .place && $0.text == "Österreichs" })
    }

    @Test func aPlacesGenitiveAfterABodysNounIsLeftToTheBody() throws {
        let found = try mentions("Er sprach mit der Sozialistischen Einheitspartei Deutschlands darüber.")
        #expect(!found.contains { $0.kind == .place && $0.text == "Deutschlands" })
    }

    @Test func aGenitiveInEnglishTextIsNotRead() throws {
        #expect(try !mentions("The Österreichs case was closed.", language: "en").contains { $0.kind == .place })
    }

    @Test func aGermanRankNamesThePersonAfterIt() throws {
        let found = try mentions("Am Abend empfängt er den DDR-Botschaftsrat Tschierlich zu einem Gespräch.")
        #expect(found.contains { $0.kind == .person && $0.text == "Tschierlich" })
    }

    @Test func aCapitalisedNounOfGermanTextIsNoReferenceSurname() throws {
        // "Lande" is a surname of the list, outside its floruit; in German every noun is capitalised.
        #expect(try !mentions("Die Lage im Lande ist ruhig.").contains { $0.kind == .person })
    }
}
