import Testing
@testable import TeigramCore
@testable import TeigramTools

@Suite("Authority: export")
struct AuthorityExportTests {
    static let places = """
              <place xml:id="atlantis" type="city">
                <placeName type="standard">Atlantis</placeName>
                <placeName type="variant">Atlantis, the</placeName>
                <note>Sunk</note>
              </place>
              <place xml:id="known" type="city">
                <placeName type="standard">Known</placeName>
                <idno type="URI">https://www.geonames.org/1</idno>
              </place>
              <place xml:id="unused" type="city">
                <placeName type="standard">Unused</placeName>
              </place>
        """
    static let persons = """
              <person xml:id="ann">
                <persName type="standard">Ann Example</persName>
                <birth when="1901"/>
                <occupation>Clerk</occupation>
              </person>
        """

    func authority() throws -> Authority {
        let file = AuthorityTestProject.authorityFile(places: Self.places, persons: Self.persons)
        return try Authority(files: [("a.xml", Array(file.utf8))])
    }

    @Test func entriesWithoutIdentifiersAreRowsWithEmptyIdentifierColumns() throws {
        let csv = AuthorityExport.csv(authority: try authority(), mentions: ["atlantis": 2], usedOnly: false)
        #expect(
            csv == """
                id,type,name,variants,birth,death,role,note,mentions,wikidata,geonames,viaf,gnd\r
                ann,person,Ann Example,,1901,,Clerk,,0,,,,\r
                atlantis,place,Atlantis,"Atlantis, the",,,city,Sunk,2,,,,\r
                unused,place,Unused,,,,city,,0,,,,\r

                """)
    }

    @Test func usedKeepsOnlyEntriesThatADocumentCarries() throws {
        let rows = AuthorityExport.rows(authority: try authority(), mentions: ["atlantis": 1], usedOnly: true)
        #expect(rows.map(\.first) == ["atlantis"])
    }

    @Test func mentionsCountTheDocumentsWhoseStandOffCarriesTheEntry() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        let document = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p/></body></text><standOff>\
            <listPlace><place xml:id="atlantis"><placeName>A</placeName></place></listPlace>\
            <listPerson type="provisional"><person xml:id="ann"><persName>A</persName></person></listPerson>\
            </standOff></TEI>
            """
        project.write(document, to: "Output/one.xml")
        project.write(document, to: "Output/two.xml")
        #expect(try AuthorityExport.mentionCounts(outputDirectory: project.root + "/Output") == ["atlantis": 2])
    }
}
