import Foundation
import Testing
@testable import TeigramCore
import TeigramDefaults

/// The executable carries the schema and the authority it was built from, byte for byte, and a project's
/// authority is layered over them.
@Suite("Built-in defaults")
struct BuiltInDefaultsTests {
    @Test func theEmbeddedSchemaIsTheSchemaFile() throws {
        #expect(TeigramDefaults.schema.bytes == (try FileIO.read(TestPaths.root + "/Schemas/teigram.rng")))
    }

    @Test func theEmbeddedAuthorityIsTheAuthorityFolder() throws {
        let folder = TestPaths.root + "/Sources/TeigramDefaults/Authority"
        let files = (FileIO.files(in: folder, suffix: ".xml") + FileIO.files(in: folder, suffix: ".tsv")).sorted()
        #expect(TeigramDefaults.authority.map(\.name) == files.map { "Authority/" + Project.fileName($0) })
        for (embedded, path) in zip(TeigramDefaults.authority, files) {
            #expect(embedded.bytes == (try FileIO.read(path)), "\(path)")
        }
    }

    @Test func theEmbeddedGivenNamesAreTheListFile() throws {
        let path = TestPaths.root + "/Sources/TeigramDefaults/Names/given-names.tsv"
        #expect(TeigramDefaults.givenNames.bytes == (try FileIO.read(path)))
    }

    static func authorityFile(_ persons: String) -> [UInt8] {
        Array(
            """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>\(persons)</listPerson></standOff></TEI>
            """.utf8)
    }

    @Test func aLaterLayerReplacesAnEntryWithItsId() throws {
        let base = Self.authorityFile(#"<person xml:id="p1"><persName type="standard">Old Name</persName></person>"#)
        let edition = Self.authorityFile(#"<person xml:id="p1"><persName type="standard">New Name</persName></person>"#)
        let authority = try Authority(layers: [[("base.xml", base)], [("edition.xml", edition)]])
        #expect(authority.entries["p1"]?.standardName == "New Name")
        #expect(authority.entries["p1"]?.file == "edition.xml")
    }

    @Test func twoEntriesWithOneIdInOneLayerAreAnError() {
        let file = Self.authorityFile(
            #"<person xml:id="p1"><persName>A</persName></person><person xml:id="p1"><persName>B</persName></person>"#)
        #expect(throws: Diagnostic.self) { try Authority(layers: [[("a.xml", file)]]) }
    }

    @Test func aProjectWithoutASchemaUsesTheBundledOne() throws {
        let project = Project(root: "/nonexistent-teigram-project")
        #expect(try project.schema().path == "built-in:Schemas/teigram.rng")
        #expect(try project.schema().bytes == TeigramDefaults.schema.bytes)
    }
}
