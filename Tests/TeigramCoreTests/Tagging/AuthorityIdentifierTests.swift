import Testing
@testable import TeigramCore
import TeigramXML

@Suite("Authority identifiers")
struct AuthorityIdentifierTests {
    @Test func aWikidataURIGivesSchemeBareIdAndCanonicalURI() throws {
        let identifier = try #require(AuthorityIdentifier(uri: "https://www.wikidata.org/wiki/Q15180"))
        #expect(identifier.scheme == .wikidata)
        #expect(identifier.bareID == "Q15180")
        #expect(identifier.uri == "http://www.wikidata.org/entity/Q15180")
    }

    @Test func geoNamesVIAFAndGNDURIsAreCanonicalised() {
        #expect(AuthorityIdentifier(uri: "http://sws.geonames.org/2017370/")?.uri == "https://www.geonames.org/2017370")
        #expect(AuthorityIdentifier(uri: "http://viaf.org/viaf/113230702/")?.uri == "https://viaf.org/viaf/113230702")
        #expect(AuthorityIdentifier(uri: "http://d-nb.info/gnd/118607626")?.uri == "https://d-nb.info/gnd/118607626")
        #expect(AuthorityIdentifier(uri: "https://d-nb.info/gnd/4027718-1")?.scheme == .gnd)
    }

    @Test func bareIdsAreCheckedByTheShapeOfTheirScheme() {
        #expect(AuthorityIdentifier(scheme: .wikidata, bareID: "Q148")?.uri == "http://www.wikidata.org/entity/Q148")
        for (scheme, bad) in [
            (AuthorityIdentifier.Scheme.wikidata, "Q0148"), (.wikidata, "q148"), (.wikidata, "Q14a"), (.wikidata, "Q"),
            (.geonames, "20173x"), (.geonames, ""), (.viaf, "VIAF1"), (.gnd, "0123456-7"), (.gnd, "12345"),
            (.gnd, "4027718-Y"),
        ] {
            #expect(AuthorityIdentifier(scheme: scheme, bareID: bad) == nil, "\(scheme) \(bad)")
        }
        #expect(AuthorityIdentifier(scheme: .gnd, bareID: "118607626") != nil)
        #expect(AuthorityIdentifier(scheme: .gnd, bareID: "1012345678") != nil)
        #expect(AuthorityIdentifier(scheme: .gnd, bareID: "2015678-X") != nil)
    }

    @Test func aKnownHostWithAMalformedIdIsNoIdentifier() {
        #expect(AuthorityIdentifier(uri: "http://www.wikidata.org/entity/P31") == nil)
        #expect(AuthorityIdentifier(uri: "https://www.geonames.org/abc") == nil)
    }

    @Test func anyOtherHTTPURIWithoutSpacesIsOther() {
        #expect(AuthorityIdentifier(uri: "https://isni.org/isni/0000000121032683")?.scheme == .other)
        #expect(AuthorityIdentifier(uri: "https://example.org/a b") == nil)
        #expect(AuthorityIdentifier(uri: "urn:isbn:123") == nil)
        #expect(AuthorityIdentifier(uri: "https://") == nil)
    }

    @Test func idnoElementsAreReadInBothFormsWithTheirDating() throws {
        let legacy = XML.Element(
            "idno", attributes: [XML.Attribute("type", "geonames")], children: [.text(" 2017370 ")])
        #expect(AuthorityIdentifier(idno: legacy)?.uri == "https://www.geonames.org/2017370")
        let dated = XML.Element(
            "idno", attributes: [XML.Attribute("type", "URI"), XML.Attribute("from", "1949-10-01")],
            children: [.text("http://www.wikidata.org/entity/Q148")])
        let identifier = try #require(AuthorityIdentifier(idno: dated))
        #expect(identifier.notBefore == "1949-10-01")
        #expect(identifier.notAfter == nil)
        let archival = XML.Element("idno", attributes: [XML.Attribute("type", "fond")], children: [.text("059a")])
        #expect(AuthorityIdentifier(idno: archival) == nil)
    }

    @Test func aDatedIdentifierAppliesOnlyWithinItsPeriod() throws {
        var identifier = try #require(AuthorityIdentifier(scheme: .wikidata, bareID: "Q13426199"))
        identifier.notAfter = "1949"
        #expect(identifier.applies(on: "1949-12-31"))
        #expect(!identifier.applies(on: "1950-01"))
        #expect(!identifier.applies(on: nil))
        identifier.notAfter = nil
        #expect(identifier.applies(on: nil))
    }

    @Test func chinaIsTheRepublicOfChinaBeforeOctober1949AndThePRCAfter() throws {
        let china = try #require(Shared.corpusAuthority.entries["china"])
        #expect(china.identifier(.wikidata, on: "1948-07-28")?.bareID == "Q13426199")
        #expect(china.identifier(.wikidata, on: "1949-09-30")?.bareID == "Q13426199")
        #expect(china.identifier(.wikidata, on: "1949-10-01")?.bareID == "Q148")
        #expect(china.identifier(.wikidata, on: nil) == nil)
        #expect(china.identifier(.geonames, on: nil)?.bareID == "1814991")
    }

    @Test func germanyIsNaziGermanyIn1940AndTheFederalRepublicFrom1949() throws {
        let germany = try #require(Shared.corpusAuthority.entries["germany"])
        #expect(germany.identifier(.wikidata, on: "1940-11")?.bareID == "Q7318")
        #expect(germany.identifier(.wikidata, on: "1947-01-01") == nil)
        #expect(germany.identifier(.wikidata, on: "1962-10-24")?.bareID == "Q183")
    }

    @Test func englandIsAVariantOfTheUnitedKingdom() throws {
        #expect(Shared.corpusAuthority.entries["england"] == nil)
        let kingdom = try #require(Shared.corpusAuthority.entries["united-kingdom"])
        #expect(kingdom.names.contains { $0.text == "England" })
        #expect(kingdom.identifiers.map(\.uri).contains("http://www.wikidata.org/entity/Q145"))
    }

    @Test func austriaHungaryIsOnePlaceNotTwo() throws {
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        var state = TaggingState(documentYear: 1915)
        let text = "the possible detachment of Austria-Hungary from the war"
        let found = tagger.mentions(in: UTF16Text.units(of: text), state: &state)
        #expect(found.map { UTF16Text.substring(text, $0.range) } == ["Austria-Hungary"])
        #expect(found.first?.ref == "austria-hungary")
    }

    @Test func theSuezCanalIsOnePlaceNotTheTown() throws {
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        var state = TaggingState(documentYear: 1956)
        let text = "he has been handling the Suez Canal question insofar as it concerns us"
        let found = tagger.mentions(in: UTF16Text.units(of: text), state: &state)
        #expect(found.map(\.ref) == ["suez-canal"])
    }

    @Test func theRedCrossAloneIsTheMovement() throws {
        let tagger = EntityTagger(authority: Shared.corpusAuthority)
        var state = TaggingState(documentYear: 1942)
        let text = "on condition that Red Cross has no objection thereto"
        let found = tagger.mentions(in: UTF16Text.units(of: text), state: &state)
        #expect(found.map(\.ref) == ["red-cross"])
        #expect(found.first?.kind == .org)
    }

    @Test func everyBuiltInIdnoIsAWellFormedURI() throws {
        let authority = try Authority(files: Authority.builtInFiles)
        var count = 0
        for entry in authority.entries.values {
            for idno in entry.element.children("idno") {
                #expect(idno[attribute: "type"] == "URI", "\(entry.id)")
                #expect(AuthorityIdentifier(idno: idno) != nil, "\(entry.id): \(idno.textContent)")
                count += 1
            }
        }
        #expect(count > 4_000)
    }
}
