import Testing
@testable import TeigramCore
@testable import TeigramTools

@Suite("Authority: migrate")
struct AuthorityMigrationTests {
    @Test func onlyTheLegacyIdnoElementsChange() {
        let text = """
            <place xml:id="x">
              <placeName>X</placeName>   <!-- keep me -->
              <idno type="wikidata" xml:lang="en">Q15180</idno>
              <idno type='geonames'>2017370</idno>
              <idno type="fond">059a</idno>
            </place>
            """
        let migrated = AuthorityMigration.migrate(text, path: "x.xml")
        #expect(
            migrated.text == """
                <place xml:id="x">
                  <placeName>X</placeName>   <!-- keep me -->
                  <idno type="URI" xml:lang="en">http://www.wikidata.org/entity/Q15180</idno>
                  <idno type='URI'>https://www.geonames.org/2017370</idno>
                  <idno type="fond">059a</idno>
                </place>
                """)
        #expect(migrated.changes.map(\.line) == [3, 4])
    }

    @Test func aMalformedBareIdIsReportedAndKept() {
        let text = "<idno type=\"wikidata\">Q0x</idno>\n"
        let migrated = AuthorityMigration.migrate(text, path: "x.xml")
        #expect(migrated.text == text)
        #expect(migrated.changes == [.init(path: "x.xml", line: 1, scheme: "wikidata", bareID: "Q0x", uri: nil)])
    }

    @Test func migratedFilesAreRewrittenAndAnUnreadableOneStopsEverything() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        project.write(#"<idno type="viaf">113230702</idno>"#, to: "Corpus/authority/a.xml")
        let files = AuthoritySourceFiles(project: project.project).editableFiles
        _ = try AuthorityMigration.migrateFiles(files)
        #expect(project.read("Corpus/authority/a.xml") == #"<idno type="URI">https://viaf.org/viaf/113230702</idno>"#)
        #expect(throws: Diagnostic.self) {
            try AuthorityMigration.migrateFiles(files + [project.root + "/missing.xml"])
        }
    }
}
