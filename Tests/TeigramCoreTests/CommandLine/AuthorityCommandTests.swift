import Foundation
import Testing
@testable import TeigramCore

/// `teigram authority migrate|export|import` through the built binary.
extension CLITests {
    @Test func authorityMigrateNamesAFileItCannotReadAndFails() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        project.write(#"<idno type="wikidata">Q5</idno>"#, to: "Corpus/authority/a.xml")
        try FileManager.default.createDirectory(
            atPath: project.authorityDirectory + "/broken.xml", withIntermediateDirectories: true)
        let result = try run(["authority", "migrate", "--project", project.root])
        #expect(result.status != 0)
        #expect(result.stderr == project.authorityDirectory + "/broken.xml:0:0: error: is a directory, not a file\n")
        #expect(project.read("Corpus/authority/a.xml") == #"<idno type="wikidata">Q5</idno>"#)
    }

    @Test func authorityMigrateReportsEachRewrittenId() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        project.write("<x>\n<idno type=\"wikidata\">Q5</idno></x>", to: "Corpus/authority/a.xml")
        let result = try run(["authority", "migrate", "--project", project.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("/Corpus/authority/a.xml:2: wikidata Q5 -> http://www.wikidata.org/entity/Q5\n"))
        #expect(
            project.read("Corpus/authority/a.xml")
                == "<x>\n<idno type=\"URI\">http://www.wikidata.org/entity/Q5</idno></x>")
    }

    @Test func authorityExportWritesCSVOfEntriesWithoutIds() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        let result = try run(["authority", "export", "--project", project.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "id,type,name,variants,birth,death,role,note,mentions,wikidata,geonames,viaf,gnd\r\n"))
        #expect(result.stdout.contains("\r\nkorea,place,Korea,"))
        #expect(!result.stdout.contains("\r\nchina,"))
    }

    @Test func authorityImportErrorsNameTheCSVLineAndColumnAndExitNonZero() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        project.write("id,wikidata\nkorea,Q1x\n", to: "ids.csv")
        let result = try run(["authority", "import", project.root + "/ids.csv", "--project", project.root])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(project.root + "/ids.csv:2:2: error: 'Q1x' is not a Wikidata id"))
        #expect(!FileManager.default.fileExists(atPath: project.authorityDirectory + "/imported.xml"))
    }

    @Test func authorityImportDryRunWritesNothing() throws {
        let project = try AuthorityTestProject()
        defer { project.remove() }
        project.write("id,wikidata\nkorea,Q18097\n", to: "ids.csv")
        let result = try run(["authority", "import", "--dry-run", project.root + "/ids.csv", "--project", project.root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("korea: + http://www.wikidata.org/entity/Q18097"))
        #expect(!FileManager.default.fileExists(atPath: project.authorityDirectory + "/imported.xml"))
    }
}
