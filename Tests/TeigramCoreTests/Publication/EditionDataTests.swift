import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite struct EditionDataTests {
    static func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static let lines: [String] = {
        let bytes = (try? FileIO.read(PublicationFixtures.edition + "/telegrams.jsonl")) ?? []
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }()

    @Test func theJSONLinesHoldOneRecordPerTelegram() {
        #expect(Self.lines.count == PublicationFixtures.teiFiles.count)
    }

    @Test func everyRecordHasTheDocumentedFields() throws {
        let documented = [
            "id", "title", "date", "sender", "recipient", "origin", "destination", "received", "number", "letters",
            "documentType", "classification", "languages", "source", "rights", "summary", "text", "mentions", "tei",
            "page",
        ]
        for line in Self.lines {
            let object = try Self.jsonObject(line)
            #expect(Set(object.keys) == Set(documented))
            #expect(object["text"] is String)
            #expect(object["mentions"] is [Any])
        }
    }

    @Test func mentionOffsetsPointAtTheMentionInTheText() throws {
        var checked = 0
        for line in Self.lines {
            let object = try Self.jsonObject(line)
            let text = Array(try #require(object["text"] as? String).unicodeScalars)
            for case let mention as [String: Any] in object["mentions"] as? [Any] ?? [] {
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                #expect(0 <= start && start < end && end <= text.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: text[start..<end])
                #expect(String(slice) == mention["text"] as? String)
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func theRecordTextIsThePlainText() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let object = try Self.jsonObject(TelegramRecordWriter(settings: EditionSettings()).record(telegram))
        let path = PublicationFixtures.edgeCasePath
        let document = try XMLParsedDocument(bytes: FileIO.read(path), path: path).tree()
        #expect(object["text"] as? String == PlainTextExtractor().extract(document, path: path).text)
    }

    @Test func aDateKeepsItsCertainty() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let object = try Self.jsonObject(TelegramRecordWriter(settings: EditionSettings()).record(telegram))
        let date = try #require(object["date"] as? [String: Any])
        #expect(date["when"] as? String == "1946-05-04T10:30:00+08:00")
        #expect(date["cert"] as? String == "medium")
    }

    @Test func theGeoJSONIsAFeatureCollectionOfPoints() throws {
        let bytes = try FileIO.read(PublicationFixtures.edition + "/places.geojson")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(!features.isEmpty)
        for feature in features {
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            #expect(coordinates.count == 2)
            #expect((-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
        }
    }

    @Test func coordinatesAreLongitudeThenLatitude() throws {
        let telegram = try PublicationFixtures.telegram(PublicationFixtures.edgeCasePath)
        let listing = EditionListing(telegram)
        var register = EditionRegister()
        register.add(entries: telegram.entries)
        register.add(listing, at: 0)
        var text = ""
        PlacesGeoJSONWriter().write(register: register, listings: [listing], to: &text)
        #expect(text.contains("\"coordinates\":[118.77778,32.06167]"))
    }

    @Test func jsonStringsEscapeControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized == "\"a\\\"b\\\\c\\n\\u0001\"")
    }
}

@Suite struct EditionRegisterKeyTests {
    /// A one-paragraph telegram whose only name links to a provisional entry `prov.politburo` of `kind`.
    static func telegram(id: String, element: String, entry: String, list: String) throws -> PublishedTelegram {
        let tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>\(id)</title>\
            </titleStmt></fileDesc></teiHeader><standOff><\(list) type="provisional"><\(entry) xml:id="prov.politburo">\
            <\(element) type="standard">Politburo</\(element)></\(entry)></\(list)></standOff><text><body><p>\
            <\(element) ref="#prov.politburo">Politburo</\(element)></p></body></text></TEI>
            """
        let document = try XMLParsedDocument(bytes: Array(tei.utf8), path: id + ".xml").tree()
        return PublishedTelegram(document: document, name: id)
    }

    @Test func aProvisionalIDThatIsAPersonHereAndAnOrganisationThereIsTwoEntries() throws {
        let person = try Self.telegram(id: "a", element: "persName", entry: "person", list: "listPerson")
        let organisation = try Self.telegram(id: "b", element: "orgName", entry: "org", list: "listOrg")
        var register = EditionRegister()
        register.add(entries: person.entries)
        register.add(entries: organisation.entries)
        register.add(EditionListing(person), at: 0)
        register.add(EditionListing(organisation), at: 1)
        let persons = register.entries(of: .person)
        let organisations = register.entries(of: .org)
        #expect(persons.map(\.id) == ["prov.politburo"])
        #expect(organisations.map(\.id) == ["prov.politburo"])
        #expect(persons.map { register.uses(of: $0).mentionedIn } == [[0]])
        #expect(organisations.map { register.uses(of: $0).mentionedIn } == [[1]])
    }
}
