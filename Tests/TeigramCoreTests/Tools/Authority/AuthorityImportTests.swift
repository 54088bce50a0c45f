import Testing
@testable import TeigramCore
@testable import TeigramTools

@Suite("Authority: import")
struct AuthorityImportTests {
    static let places = """
              <place xml:id="atlantis" type="city">
                <placeName type="standard">Atlantis</placeName>
                <location><geo>1 2</geo></location>
                <note>Sunk</note>
              </place>
              <place xml:id="lemuria" type="city">
                <placeName type="standard">Lemuria</placeName>
                <idno type="URI">https://www.geonames.org/7</idno>
              </place>
        """

    /// A project whose own authority holds `places`, without the built-in layer unless `builtIn`.
    func makeProject() throws -> AuthorityTestProject {
        let project = try AuthorityTestProject()
        project.write(AuthorityTestProject.authorityFile(places: Self.places), to: "Corpus/authority/places.xml")
        return project
    }

    func plan(_ csv: String, in project: AuthorityTestProject, builtIn: Bool = false) throws -> AuthorityImport.Plan {
        var target = project.project
        target.usesBuiltInAuthority = builtIn
        return try AuthorityImport.plan(csv: csv, path: "ids.csv", project: target)
    }

    @Test func anIdnoLineIsInsertedAfterTheLastNameOrLocationAndNothingElseChanges() throws {
        let project = try makeProject()
        defer { project.remove() }
        let before = try #require(project.read("Corpus/authority/places.xml"))
        try AuthorityImport.write(try plan("id,name,wikidata\natlantis,Atlantis,Q999\n", in: project))
        let expected = before.replacingOccurrences(
            of: "<location><geo>1 2</geo></location>\n",
            with:
                "<location><geo>1 2</geo></location>\n        <idno type=\"URI\">http://www.wikidata.org/entity/Q999</idno>\n"
        )
        #expect(project.read("Corpus/authority/places.xml") == expected)
    }

    @Test func importingTheSameCSVTwiceChangesNothingTheSecondTime() throws {
        let project = try makeProject()
        defer { project.remove() }
        let csv = "id,wikidata,uri\natlantis,http://www.wikidata.org/entity/Q999,https://example.org/atlantis\n"
        try AuthorityImport.write(try plan(csv, in: project))
        let again = try plan(csv, in: project)
        #expect(again.errors.isEmpty)
        #expect(again.files.isEmpty)
        #expect(again.additions.isEmpty)
    }

    @Test func aBuiltInEntryIsCopiedWithItsNewIdIntoImportedXML() throws {
        let project = try makeProject()
        defer { project.remove() }
        let result = try plan("id,wikidata\nkorea,Q18097\n", in: project, builtIn: true)
        #expect(result.errors.isEmpty, "\(result.errors)")
        try AuthorityImport.write(result)
        var target = project.project
        target.usesBuiltInAuthority = true
        let korea = try #require(try target.loadAuthority().entries["korea"])
        #expect(korea.file == project.authorityDirectory + "/imported.xml")
        #expect(korea.identifiers.map(\.uri) == ["http://www.wikidata.org/entity/Q18097"])
        #expect(korea.names.map(\.text).contains("Chosen"))
        #expect(try plan("id,wikidata\nkorea,Q18097\n", in: project, builtIn: true).files.isEmpty)
    }

    @Test func aMalformedIdIsAnErrorAtItsLineAndColumnAndNothingIsWritten() throws {
        let project = try makeProject()
        defer { project.remove() }
        let before = project.read("Corpus/authority/places.xml")
        let result = try plan("id,wikidata,geonames\natlantis,Q999,\nlemuria,,12x\n", in: project)
        #expect(
            result.errors.map(\.description) == [
                "ids.csv:3:3: error: '12x' is not a GeoNames id (digits, or https://www.geonames.org/…)"
            ])
        #expect(result.files.isEmpty)
        try AuthorityImport.write(result)
        #expect(project.read("Corpus/authority/places.xml") == before)
    }

    @Test func oneURIForTwoEntriesIsAnError() throws {
        let project = try makeProject()
        defer { project.remove() }
        let result = try plan("id,wikidata\natlantis,Q5\nlemuria,Q5\n", in: project)
        #expect(
            result.errors.map(\.description) == [
                "ids.csv:3:2: error: http://www.wikidata.org/entity/Q5 is also given to 'atlantis' on line 2"
            ])
    }

    @Test func aURIAnotherEntryCarriesIsAnError() throws {
        let project = try makeProject()
        defer { project.remove() }
        let result = try plan("id,geonames\natlantis,https://www.geonames.org/7\n", in: project)
        #expect(
            result.errors.map(\.description) == [
                "ids.csv:2:2: error: https://www.geonames.org/7 already identifies the entry 'lemuria'"
            ])
    }

    @Test func anUnknownEntryIdIsAnError() throws {
        let project = try makeProject()
        defer { project.remove() }
        let result = try plan("note,id,wikidata\nx,mu,Q5\n", in: project)
        #expect(result.errors.map(\.description) == ["ids.csv:2:2: error: no authority entry has the id 'mu'"])
    }

    @Test func aSecondIdOfASchemeTheEntryHasIsAnError() throws {
        let project = try makeProject()
        defer { project.remove() }
        let result = try plan("id,geonames\nlemuria,8\n", in: project)
        #expect(result.errors.first?.message.contains("already has the geonames id https://www.geonames.org/7") == true)
    }
}
