import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite("Bad input")
struct BadInputTests {
    let encoder = TelegramEncoder(authority: Shared.fixtureAuthority)

    func error(_ bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try encoder.encode(bytes: bytes, path: "in.txt", documentID: "in")
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndBlankFiles() {
        #expect(error([])?.message == "empty file: no text to encode")
        #expect(error(Array(" \n\t\n".utf8))?.message == "empty file: no text to encode")
    }

    @Test func notUTF8() throws {
        let diagnostic = try #require(error(Array("May 15, 1949\nStra".utf8) + [0xE9, 0x0A]))
        #expect(diagnostic.message.hasPrefix("not UTF-8 text (invalid byte at offset 17)"))
        #expect(diagnostic.line == 2)
        #expect(diagnostic.description.hasPrefix("in.txt:2:0: error: not UTF-8"))
    }

    @Test func binary() throws {
        let diagnostic = try #require(error([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]))
        #expect(diagnostic.message.hasPrefix("binary data"))
    }

    @Test func huge() throws {
        let diagnostic = try #require(error([UInt8](repeating: 0x41, count: SourceText.maximumSize + 1)))
        #expect(diagnostic.message.contains("expected to be under"))
    }

    @Test func truncatedPagesStillEncode() throws {
        let text =
            "Skip to content\n\nMay 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nOn May 14 I had a meeting with Kim Il Sung who informed me about the results of the trip of a rep"
        let encoded = try encoder.encode(bytes: Array(text.utf8), path: "cut.txt", documentID: "cut")
        #expect(encoded.xml.contains(#"of the trip of a rep<gap reason="truncated"/></p>"#))
        #expect(encoded.report.warnings.contains { $0.message.contains("cut off") })
        let validator = try #require(Shared.customValidator)
        #expect(validator.validate(bytes: encoded.bytes, path: "cut.xml").isValid)
    }

    @Test func hostileTextIsEscapedNotInterpreted() throws {
        let text =
            "May 15, 1949\n\nTelegram, A to B\n\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e; </p><script> \u{0C} ]]>\n"
        let encoded = try encoder.encode(bytes: Array(text.utf8), path: "h.txt", documentID: "h")
        #expect(!encoded.xml.contains("<script>"))
        #expect(encoded.xml.contains("&lt;!DOCTYPE"))
        #expect(Shared.customValidator.map { $0.validate(bytes: encoded.bytes, path: "h.xml").isValid } == true)
    }

    @Test func oneBadFileDoesNotStopTheOthersAndLeavesNothingHalfWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "teigram-bad-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
        #expect(
            FileManager.default.createFile(
                atPath: directory + "/good.txt",
                contents: Data(
                    "May 1, 1950\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me today in Pyongyang and we talked for a long time.\n"
                        .utf8)))
        #expect(FileManager.default.createFile(atPath: directory + "/bad.txt", contents: Data([0xFF, 0xFE, 0x00])))
        #expect(FileManager.default.createFile(atPath: directory + "/out/bad.xml", contents: Data("previous".utf8)))
        let validator = try #require(Shared.customValidator)
        let good = encoder.encodeFile(
            directory + "/good.txt", outputDirectory: directory + "/out", validator: validator)
        let bad = encoder.encodeFile(directory + "/bad.txt", outputDirectory: directory + "/out", validator: validator)
        #expect(!good.contains { $0.severity == .error })
        #expect(bad.first?.severity == .error)
        #expect(bad.first?.path == directory + "/bad.txt")
        #expect(FileManager.default.fileExists(atPath: directory + "/out/good.xml"))
        #expect(
            String(decoding: try FileIO.read(directory + "/out/bad.xml"), as: UTF8.self) == "previous",
            "an earlier output is not destroyed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/out").filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func sidecarRecordsProvenance() throws {
        let sidecar = try Sidecar(
            text:
                "source-url: https://digitalarchive.wilsoncenter.org/document/115226\nsource: Wilson Center Digital Archive\narchival-citation: AMSZ, Warsaw, 6/77\nlanguage: Polish\n",
            path: "x.meta")
        let text =
            "May 1, 1963\n\nTelegram, Shtykov to Vyshinsky\n\nThe Chinese comrades are requesting an urgent answer on this question today.\n"
        let encoded = try encoder.encode(bytes: Array(text.utf8), path: "x.txt", documentID: "x", sidecar: sidecar)
        #expect(encoded.xml.contains(#"<bibl type="archival" n="editor">AMSZ, Warsaw, 6/77</bibl>"#))
        #expect(
            encoded.xml.contains(
                #"<bibl type="online">Wilson Center Digital Archive, <idno type="URI">https://digitalarchive.wilsoncenter.org/document/115226</idno></bibl>"#
            ))
        #expect(
            encoded.xml.contains(#"<language ident="pl">Polish (the original; the text is a translation)</language>"#))
        #expect(!encoded.report.warnings.contains { $0.message.hasPrefix("no archival citation") })
    }

    @Test func anUnknownLanguageInASidecarIsAnError() {
        #expect(throws: Diagnostic.self) { try Sidecar(text: "language: Klingon\n", path: "x.meta") }
    }

    @Test func sidecarOverridesHeaderFields() throws {
        let sidecar = try Sidecar(
            text:
                "# corrected by the editor\ndate: 1950-05-14\nsender-ref: roshchin\nrecipient: Stalin\norigin: Beijing\n",
            path: "x.meta")
        let text = "Telegram\n\nThe Chinese comrades are requesting an urgent answer on this question today.\n"
        let encoded = try encoder.encode(bytes: Array(text.utf8), path: "x.txt", documentID: "x", sidecar: sidecar)
        #expect(encoded.xml.contains(#"<date when="1950-05-14">1950-05-14</date>"#))
        // The header gives the authority's standard name for a linked correspondent.
        #expect(encoded.xml.contains(##"<persName ref="#stalin">Joseph Stalin</persName>"##))
        #expect(encoded.xml.contains(##"<placeName ref="#beijing">Beijing</placeName>"##))
        #expect(!encoded.report.warnings.contains { $0.message.hasPrefix("undated") })
    }

    @Test func badSidecars() {
        #expect(throws: Diagnostic.self) { try Sidecar(text: "colour: red\n", path: "x.meta") }
        #expect(throws: Diagnostic.self) { try Sidecar(text: "date: 14.05.1950\n", path: "x.meta") }
        #expect(throws: Diagnostic.self) { try Sidecar(text: "just text\n", path: "x.meta") }
        do {
            _ = try Sidecar(text: "title: ok\ndate: 1950-02-30\n", path: "x.meta")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("x.meta:2:0: error: date '1950-02-30' is not ISO 8601"))
        }
    }

    @Test func undatedTelegramsAreFlaggedNotGuessed() throws {
        let encoded = try encoder.encode(
            bytes: Array("Memorandum\n\nThe railroads in Korea were restored with the help of specialists.\n".utf8),
            path: "u.txt", documentID: "u")
        #expect(encoded.report.warnings.contains { $0.message.hasPrefix("undated telegram") })
        #expect(encoded.xml.contains(#"notBefore="1900" notAfter="2000" cert="unknown""#))
    }
}

@Suite("Authority files")
struct AuthorityTests {
    func load(_ body: String) -> Diagnostic? {
        let xml = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>
            \(body)
            </listPerson></standOff></TEI>
            """
        do {
            _ = try Authority(files: [("persons.xml", Array(xml.utf8))])
            return nil
        } catch {
            return error
        }
    }

    @Test func duplicateIDs() throws {
        let error = try #require(
            load(
                "<person xml:id=\"a\"><persName>A</persName></person>\n<person xml:id=\"a\"><persName>B</persName></person>"
            ))
        #expect(error.description == "persons.xml:3:0: error: duplicate xml:id 'a' (first defined at persons.xml:2)")
    }

    @Test func entryWithoutName() throws {
        let error = try #require(load("<person xml:id=\"a\"><birth when=\"1900\"/></person>"))
        #expect(error.description == "persons.xml:2:0: error: person 'a' has no persName")
    }

    @Test func entryWithoutID() throws {
        let error = try #require(load("<person><persName>A</persName></person>"))
        #expect(error.description == "persons.xml:2:0: error: person entry without xml:id")
    }

    @Test func danglingReference() throws {
        let error = try #require(
            load(
                "<person xml:id=\"a\"><persName>A</persName><note><persName ref=\"#nobody\">B</persName></note></person>"
            ))
        #expect(error.description == "persons.xml:2:0: error: reference '#nobody' points to no authority entry")
    }

    @Test func malformedFile() throws {
        let error = try #require(load("<person xml:id=\"a\"><persName>A</persName>"))
        #expect(error.path == "persons.xml")
        #expect(error.severity == .error)
    }

    @Test func corpusAuthorityLoadsAndIsLarge() throws {
        let authority = try TestPaths.project.loadAuthority()
        #expect(authority.entries.values.filter { $0.kind == .person }.count >= 250)
        #expect(authority.entries.values.filter { $0.kind == .place }.count >= 1000)
        #expect(authority.entries["stalin"]?.names.contains { $0.text == "Filippov" && $0.type == "pseudonym" } == true)
    }

    @Test func theFirstInvalidByteIsNamedByItsOffset() {
        #expect(SourceText.firstInvalidUTF8Offset([0x61, 0x62, 0xC3, 0x28][...]) == 2)
        #expect(
            SourceText.firstInvalidUTF8Offset([0x61, 0x62, 0x63, 0xE2, 0x82][...]) == 3, "a sequence cut off at the end"
        )
        #expect(SourceText.firstInvalidUTF8Offset(Array("Москва".utf8)[...]) == 12)
        #expect(SourceText.firstInvalidUTF8Offset([0xFF][...]) == 0)
    }
}
