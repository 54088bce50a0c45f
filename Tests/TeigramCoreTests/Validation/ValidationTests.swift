import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

@Suite("Validation")
struct ValidationTests {
    static let testdocs = TestPaths.reference + "/tei-testdocs"

    func validate(_ xml: String, integrity: Bool = true) throws -> [Diagnostic] {
        let validator = try #require(Shared.customValidator)
        return TEIValidator(schema: validator.schema, checksIntegrity: integrity, rules: validator.rules).validate(
            bytes: Array(xml.utf8), path: "d.xml"
        ).diagnostics
    }

    @Test(arguments: [
        "invalid_attr_only.xml", "invalid_cert.xml", "invalid_cert_in_correspAction.xml",
        "invalid_closedval_status.xml",
        "invalid_correspaction_type.xml", "invalid_element_only.xml", "invalid_empty_ref.xml", "invalid_ncname_id.xml",
        "invalid_telegram.xml", "invalid_when_only.xml",
    ])
    func invalidSamplesAreRejected(_ name: String) throws {
        let validator = try #require(Shared.customValidator)
        let result = validator.validate(file: Self.testdocs + "/" + name)
        #expect(!result.isValid)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.description.hasPrefix(Self.testdocs + "/" + name + ":"))
        }
    }

    @Test func schemaExamplesAreRejectedOrAcceptedAsDocumented() throws {
        let validator = try #require(Shared.customValidator)
        let examples = FileIO.files(in: TestPaths.project.schemas + "/examples", suffix: ".xml")
        #expect(examples.count >= 7)
        for file in examples {
            let result = validator.validate(file: file)
            #expect(
                result.isValid == file.contains("/valid-"),
                "\(file): \(result.diagnostics.prefix(2).map(\.description))")
        }
    }

    @Test func invalidTelegramSampleGivesExactDiagnostics() throws {
        let validator = try #require(Shared.customValidator)
        let result = validator.validate(file: Self.testdocs + "/invalid_telegram.xml")
        let messages = result.diagnostics.map { "\($0.line): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("10: ") && $0.contains("pubStmt") })
        #expect(messages.contains { $0.contains("when") })
    }

    static let minimal = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
        <publicationStmt><publisher>P</publisher></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>
        <profileDesc><correspDesc><correspAction type="sent"><persName ref="#a">A</persName>DATE</correspAction>
        <correspAction type="received"><persName ref="#REF">B</persName></correspAction></correspDesc></profileDesc></teiHeader>
        <standOff><listPerson><person xml:id="a"><persName type="standard">A</persName></person><person xml:id="b"><persName type="standard">B</persName></person></listPerson></standOff>
        <text><body><div type="telegram"><p>x</p></div></body></text></TEI>
        """

    func document(date: String = #"<date when="1950-05-13">13 May</date>"#, ref: String = "b") -> String {
        Self.minimal.replacingOccurrences(of: "DATE", with: date).replacingOccurrences(of: "REF", with: ref)
    }

    @Test func aValidMinimalDocument() throws {
        #expect(try validate(document()) == [])
    }

    @Test func danglingReference() throws {
        let diagnostics = try validate(document(ref: "nobody"))
        #expect(diagnostics.map(\.message) == [##"@ref="#nobody" on <persName> points to no xml:id in this document"##])
        #expect(diagnostics.first?.line == 4)
    }

    @Test(arguments: ["b", "http://viaf.org/viaf/1", "", "#", "#1b", "#b c"])
    func teigramsSchemaWantsOneLocalPointerOnANameAsRuleS4(_ ref: String) throws {
        let xml = Self.minimal.replacingOccurrences(of: "DATE", with: #"<date when="1950-05-13">13 May</date>"#)
            .replacingOccurrences(of: "\"#REF\"", with: "\"\(ref)\"")
        let diagnostics = try validate(xml)
        #expect(
            diagnostics.map(\.message) == [
                "@ref=\"\(ref)\" on <persName> is not one local pointer (#id), as Teigram's schema requires (S4)"
            ])
    }

    @Test func theLocalPointerShapeIsNotARuleForOtherSchemas() {
        let tree = XML.Document(
            root: XML.Element(
                "TEI", namespaceURI: teiNamespace,
                children: [.element(XML.Element("persName", attributes: [XML.Attribute("ref", "http://viaf.org/1")]))]))
        #expect(IntegrityRules.check(tree, path: "x.xml", rules: .tei).isEmpty)
        #expect(IntegrityRules.check(tree, path: "x.xml", rules: .teigram).count == 1)
    }

    @Test func aSchemaDefiningTeigramsLocalPointerAsksForTeigramsRules() throws {
        #expect(try #require(Shared.customValidator).rules == .teigram)
        #expect(IntegrityRules.RuleSet(schema: Project.bundledSchema.bytes) == .teigram)
        #expect(IntegrityRules.RuleSet(schema: Array("<grammar/>".utf8)) == .tei)
    }

    @Test func theLocalPointerByteLoopAgreesWithTheSchemaPatternItReplaced() throws {
        let pattern = try NSRegularExpression(pattern: #"^#[A-Za-z_][A-Za-z0-9_.\-]*$"#)
        let values = [
            "#a", "#_", "#A1.b-c_d", "#", "", "a", "##a", "#1", "#-a", "#a b", "#a/b", "#é", "#aé", "#a:b", "#[", "#`",
            "#{", "#@", "#Z", "#z9", "#a\u{0}", "# a",
        ]
        for value in values {
            let matches = pattern.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
            #expect(IntegrityRules.isLocalPointer(value) == matches, "\(value)")
        }
    }

    @Test func impossibleDateAndReversedRange() throws {
        let bad = try validate(document(date: #"<date notBefore="1950-06-01" notAfter="1950-05-01">x</date>"#))
        #expect(bad.map(\.message) == [#"@notBefore="1950-06-01" is after @notAfter="1950-05-01" on <date>"#])
        let impossible = try validate(document(date: #"<date when="1950-02-30">x</date>"#), integrity: true)
        #expect(impossible.contains { $0.message.contains("1950-02-30") })
    }

    @Test func sentWithoutDateIsReportedByTheIntegrityRulesForAnySchema() {
        let tree = XML.Document(
            root: XML.Element(
                "TEI", namespaceURI: teiNamespace,
                children: [
                    .element(XML.Element("correspAction", attributes: [XML.Attribute("type", "sent")], line: 7))
                ]))
        let diagnostics = IntegrityRules.check(tree, path: "x.xml")
        #expect(
            diagnostics.map(\.description) == [
                #"x.xml:7:0: error: <correspAction type="sent"> has no <date>: a sent letter needs a date (use @notBefore/@notAfter if uncertain)"#
            ])
    }

    @Test func duplicateIDs() {
        let tree = XML.Document(
            root: XML.Element(
                "TEI", namespaceURI: teiNamespace, attributes: [XML.Attribute("xml:id", "a")],
                children: [
                    .element(XML.Element("p", attributes: [XML.Attribute("xml:id", "a")], line: 3))
                ], line: 1))
        #expect(
            IntegrityRules.check(tree, path: "x.xml").map(\.message) == [
                "duplicate xml:id 'a' on <p> (first used on line 1)"
            ])
    }

    @Test func fastCalendarDatesAgreeWithTheFullReading() {
        var values = ["", "1950-", "195O", "1950-5-13", "1950-05-1", "19500513", "1950/05/13", "٢٠٢٠", "1950-05-13Z"]
        for year in ["0000", "1900", "1950", "2000", "2024", "9999"] {
            values.append(year)
            for month in 0...13 {
                let yearMonth = year + "-" + (month < 10 ? "0" : "") + String(month)
                values.append(yearMonth)
                for day in 0...32 { values.append(yearMonth + "-" + (day < 10 ? "0" : "") + String(day)) }
            }
        }
        for value in values {
            #expect(IntegrityRules.isTEIDate(value) == IntegrityRules.isTEIDateReadInFull(value), "\(value)")
        }
        #expect(IntegrityRules.plainCalendarDate("2000-02-29") == true)
        #expect(IntegrityRules.plainCalendarDate("1900-02-29") == false)
        #expect(IntegrityRules.plainCalendarDate("1950-05-13T10:00:00") == nil)
    }

    @Test func notTEIAndHostileInput() throws {
        let notTEI = try validate("<html><body/></html>")
        #expect(notTEI.contains { $0.message.hasPrefix("root element is <html>") })
        let hostile = try validate("<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><TEI>&x;</TEI>")
        #expect(hostile.count == 1)
        #expect(hostile.first?.message.hasPrefix("document declares a DTD") == true)
    }
}

@Suite("Exact diagnostics")
struct ExactDiagnosticsTests {
    @Test(arguments: [
        (
            "invalid-bad-when.xml",
            [
                #"124:0: error: invalid value "15.05.1949" for attribute @when of <date>"#,
                #"124:0: error: @when="15.05.1949" on <date> is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, optionally with a time)"#,
            ]
        ),
        (
            "invalid-missing-correspDesc.xml",
            ["37:0: error: <profileDesc> is incomplete: a required child element is missing"]
        ),
        ("invalid-note-type.xml", [#"119:0: error: invalid value "comment" for attribute @type of <note>"#]),
        (
            "invalid-persName-without-ref.xml",
            [
                "125:0: error: attributes of <persName> do not match the schema: a required one is missing or one is not allowed (has: none)"
            ]
        ),
        (
            "invalid-sent-without-date.xml",
            [
                "40:0: error: <correspAction> is incomplete: a required child element is missing",
                #"40:0: error: <correspAction type="sent"> has no <date>: a sent letter needs a date (use @notBefore/@notAfter if uncertain)"#,
            ]
        ),
    ])
    func schemaExample(_ name: String, _ expected: [String]) throws {
        let validator = try #require(Shared.customValidator)
        let path = TestPaths.project.schemas + "/examples/" + name
        let result = validator.validate(file: path)
        #expect(result.diagnostics.map { String($0.description.dropFirst(path.count + 1)) } == expected)
    }
}

/// `teigram build` validates the bytes it writes with libxml2 and checks the integrity rules on the tree it
/// wrote them from; these tests hold it to the verdict of validating the file.
@Suite("Validating the written tree")
struct WrittenTreeValidationTests {
    /// The tree of `xml` with its line numbers removed, as an encoder builds trees.
    func builtTree(_ xml: String) throws -> XML.Document {
        var document = try XMLParsedDocument(bytes: Array(xml.utf8), path: "d.xml").tree()
        document.root = Self.withoutLines(document.root)
        return document
    }

    static func withoutLines(_ element: XML.Element) -> XML.Element {
        var copy = element
        copy.line = 0
        copy.children = element.children.map {
            if case .element(let child) = $0 { .element(withoutLines(child)) } else { $0 }
        }
        return copy
    }

    @Test(arguments: [
        ("valid", ValidationTests().document()),
        ("dangling reference", ValidationTests().document(ref: "nobody")),
        ("impossible date", ValidationTests().document(date: #"<date when="1950-02-30">x</date>"#)),
        (
            "reversed range",
            ValidationTests().document(date: #"<date notBefore="1950-06-01" notAfter="1950-05-01">x</date>"#)
        ),
        ("schema: sent without date", ValidationTests().document(date: "")),
        ("schema: unknown element", ValidationTests().document(date: #"<date when="1950-05-13">x</date><foo/>"#)),
        (
            "schema: TEI without xml:lang",
            ValidationTests().document().replacingOccurrences(of: #" xml:lang="en""#, with: "")
        ),
        ("not TEI", "<html><body/></html>"),
    ])
    func sameVerdictAndLocatedFindingsAsValidatingTheFile(_ label: String, _ xml: String) throws {
        let validator = try #require(Shared.customValidator)
        let document = try builtTree(xml)
        let (output, validation) = validator.serializeValidated(document, path: "w.xml")
        let file = validator.validate(bytes: output.bytes, path: "w.xml")
        #expect(output.bytes == XMLSerializer.serialize(document).bytes, "\(label)")
        #expect(validation.isValid == (label == "valid"), "\(label): \(validation.diagnostics.map(\.description))")
        #expect(validation.diagnostics == file.diagnostics, "\(label)")
        #expect(
            validation.diagnostics.allSatisfy { $0.line > 0 }, "\(label): findings carry the lines of the written file")
    }

    /// The encoder's trees carry their indentation instead of holding it: the bytes written from them
    /// (with the indentation text) are valid for every telegram of the corpus.
    @Test func builtTreesAreWrittenWithTheirIndentationAndValid() throws {
        let validator = try #require(Shared.customValidator)
        let encoder = TelegramEncoder(authority: Shared.corpusAuthority)
        let telegrams = TestPaths.project.telegrams
        #expect(telegrams.count >= 17)
        for path in telegrams {
            let encoded = try encoder.encode(
                bytes: try FileIO.read(path), path: path, documentID: Project.baseName(path))
            #expect(encoded.tree.indentation != nil)
            #expect(validator.validate(bytes: encoded.bytes, path: path).isValid, "\(path)")
            #expect(XMLSerializer.serialize(encoded.document).bytes == encoded.bytes, "\(path)")
        }
    }

    @Test func xmlAttributesOfABuiltTreeAreInTheXMLNamespace() throws {
        let validator = try #require(Shared.customValidator)
        let document = try builtTree(ValidationTests().document())
        #expect(document.root[attribute: "xml:lang"] == "en")
        let (_, validation) = validator.serializeValidated(document, path: "w.xml")
        #expect(validation.diagnostics == [])
    }

    @Test func charactersXMLCannotCarryAreLeftOutOfTheValidatedTreeAsOutOfTheBytes() throws {
        let validator = try #require(Shared.customValidator)
        var document = try builtTree(
            ValidationTests().document().replacingOccurrences(of: "<p>x</p>", with: "<p>xy</p>"))
        // A parser refuses U+0007, so it goes into the built tree by hand.
        document.root = Self.replacingText("xy", with: "x\u{7}y", in: document.root)
        let (output, validation) = validator.serializeValidated(document, path: "w.xml")
        #expect(output.droppedCharacters.map(\.character) == ["\u{7}"])
        #expect(validation.isValid, "\(validation.diagnostics.map(\.description))")
        #expect(String(decoding: output.bytes, as: UTF8.self).contains("<p>xy</p>"))
    }

    static func replacingText(_ old: String, with new: String, in element: XML.Element) -> XML.Element {
        var copy = element
        copy.children = element.children.map {
            switch $0 {
            case .text(let text) where text == old: .text(new)
            case .element(let child): .element(replacingText(old, with: new, in: child))
            default: $0
            }
        }
        return copy
    }

    @Test func everyCorpusTelegramIsValidatedAsItIsWritten() throws {
        let validator = try #require(Shared.customValidator)
        let encoder = TelegramEncoder(authority: Shared.corpusAuthority)
        for path in TestPaths.project.telegrams {
            let name = Project.baseName(path)
            let encoded = try encoder.encode(
                bytes: try FileIO.read(path), path: path, documentID: name,
                sidecar: try Project.sidecar(for: path), validation: (validator, name + ".xml"))
            let validation = try #require(encoded.validation)
            #expect(validation.isValid, "\(name): \(validation.diagnostics.prefix(3).map(\.description))")
            #expect(
                validation.diagnostics == validator.validate(bytes: encoded.bytes, path: name + ".xml").diagnostics,
                "\(name)")
        }
    }
}
