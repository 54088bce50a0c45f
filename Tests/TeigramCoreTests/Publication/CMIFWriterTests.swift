import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite struct CMIFWriterTests {
    static let schema: RelaxNGSchema? = {
        let path = TestPaths.fixtures + "/cmif/cmi-customization.rng"
        return (try? FileIO.read(path)).flatMap { try? RelaxNGSchema(bytes: $0, path: path) }
    }()

    static func edition(_ paths: [String]) throws -> (listings: [EditionListing], register: EditionRegister) {
        let telegrams = try paths.map { try PublicationFixtures.telegram($0) }
        var register = EditionRegister()
        for telegram in telegrams { register.add(entries: telegram.entries) }
        let listings = telegrams.map(EditionListing.init)
        for (index, listing) in listings.enumerated() { register.add(listing, at: index) }
        return (listings, register)
    }

    static func cmif(_ paths: [String], settings: EditionSettings = EditionSettings()) throws -> XML.Document {
        let edition = try edition(paths)
        return CMIFWriter(settings: settings).document(
            edition.listings, register: edition.register, published: "2026-12-03")
    }

    @Test func writingLetterByLetterGivesTheBytesOfTheWholeTree() throws {
        let edition = try Self.edition(PublicationFixtures.teiFiles + [PublicationFixtures.edgeCasePath])
        let writer = CMIFWriter(settings: try EditionSettings.load(for: TestPaths.project))
        let whole = writer.document(edition.listings, register: edition.register, published: "2026-12-03")
        var streamed = ""
        writer.write(edition.listings, register: edition.register, published: "2026-12-03", to: &streamed)
        #expect(streamed == String(decoding: XMLSerializer.serialize(whole).bytes, as: UTF8.self))
    }

    @Test func anEditionWithoutLettersIsWrittenWhole() throws {
        let writer = CMIFWriter(settings: EditionSettings())
        var streamed = ""
        writer.write([], register: EditionRegister(), published: "2026-12-03", to: &streamed)
        let whole = writer.document([], register: EditionRegister(), published: "2026-12-03")
        #expect(streamed == String(decoding: XMLSerializer.serialize(whole).bytes, as: UTF8.self))
    }

    static func validate(_ document: XML.Document) throws -> [Diagnostic] {
        let bytes = XMLSerializer.serialize(document).bytes
        let schema = try #require(Self.schema)
        return schema.validate(try XMLParsedDocument(bytes: bytes, path: "cmif.xml"))
    }

    static func correspDescs(_ document: XML.Document) -> [XML.Element] {
        document.root.firstChild("teiHeader")?.firstChild("profileDesc")?.children("correspDesc") ?? []
    }

    @Test func theCommittedCMIFIsValidAgainstTheCMIFSchema() throws {
        let bytes = try FileIO.read(PublicationFixtures.edition + "/cmif.xml")
        let schema = try #require(Self.schema)
        #expect(schema.validate(try XMLParsedDocument(bytes: bytes, path: "cmif.xml")).map(\.description) == [])
    }

    @Test func anEdgeCaseDocumentGivesValidCMIF() throws {
        #expect(try Self.validate(Self.cmif([PublicationFixtures.edgeCasePath])).map(\.description) == [])
    }

    @Test func everyLetterHasItsOwnCorrespDesc() throws {
        let document = try Self.cmif([PublicationFixtures.edgeCasePath])
        #expect(Self.correspDescs(document).count == 2)
    }

    @Test func correspondentsCarryAuthorityURIsAndStandardNames() throws {
        let sent = try #require(
            Self.correspDescs(try Self.cmif([PublicationFixtures.edgeCasePath])).first?.childElements.first)
        let person = try #require(sent.firstChild("persName"))
        #expect(person.textContent == "Chiang Kai-shek")
        #expect(person[attribute: "ref"] == "http://www.wikidata.org/entity/Q16574")
        #expect(sent.firstChild("orgName")?[attribute: "ref"] == nil)
    }

    @Test func placesPreferGeoNames() throws {
        let sent = try #require(
            Self.correspDescs(try Self.cmif([PublicationFixtures.edgeCasePath])).first?.childElements.first)
        #expect(sent.firstChild("placeName")?[attribute: "ref"] == "https://www.geonames.org/1799962")
    }

    @Test func aDateTimeBecomesADayAndAnInferredDateIsLowCertainty() throws {
        let sent = try #require(
            Self.correspDescs(try Self.cmif([PublicationFixtures.edgeCasePath])).first?.childElements.first)
        let date = try #require(sent.firstChild("date"))
        #expect(date[attribute: "when"] == "1946-05-04")
        #expect(date[attribute: "cert"] == "low")
    }

    @Test func anUnknownDateIsLeftOutAndAnUnknownPartyIsUnknown() throws {
        let second = try #require(Self.correspDescs(try Self.cmif([PublicationFixtures.edgeCasePath])).last)
        let sent = try #require(second.childElements.first)
        #expect(sent.firstChild("date") == nil)
        #expect(sent.firstChild("persName")?.textContent == "Unknown")
    }

    @Test func transmittedActionsAreLeftOut() throws {
        let document = try Self.cmif([PublicationFixtures.edgeCasePath])
        let types = Self.correspDescs(document).flatMap { $0.children("correspAction") }.compactMap {
            $0[attribute: "type"]
        }
        #expect(Set(types) == ["sent", "received"])
    }

    @Test func mentionsUseTheIdentifierThatHoldsOnTheLettersDate() throws {
        let first = try #require(Self.correspDescs(try Self.cmif([PublicationFixtures.edgeCasePath])).first)
        let targets = first.firstChild("note")?.children("ref").compactMap { $0[attribute: "target"] } ?? []
        #expect(targets.contains("http://www.wikidata.org/entity/Q13426199"))
        #expect(!targets.contains("http://www.wikidata.org/entity/Q148"))
    }

    @Test func theBiblIdIsADeterministicUUIDThatStartsWithALetter() {
        let id = CMIFWriter.uuid(for: "https://example.org/\u{1F}Edition")
        #expect(id == CMIFWriter.uuid(for: "https://example.org/\u{1F}Edition"))
        #expect(
            id.range(
                of: "^[a-f][0-9a-f]{7}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                options: .regularExpression) != nil)
    }

    @Test func cmifDaysKeepOnlyTheDate() {
        #expect(CMIFWriter.cmifDay("1975-03-05T12:00:00Z") == "1975-03-05")
        #expect(CMIFWriter.cmifDay("1975-03") == "1975-03")
        #expect(CMIFWriter.cmifDay("1975") == "1975")
        #expect(CMIFWriter.cmifDay("March") == nil)
    }
}
