import Foundation
import Testing
@testable import TeigramXML

private let tei = "http://www.tei-c.org/ns/1.0"

private func parse(_ text: String, path: String = "t.xml") throws(XMLReadError) -> XMLParsedDocument {
    try XMLParsedDocument(bytes: Array(text.utf8), path: path)
}

@Suite("Serialising")
struct SerializerTests {
    @Test func escapesAndDeclaresTheNamespaceOnce() {
        let root = XML.Element(
            "TEI", namespaceURI: tei, attributes: [XML.Attribute("xml:id", "a"), XML.Attribute("n", "\"<&>")],
            children: [
                .element(XML.Element("p", children: [.text("A & B < C > \"D\" ’"), .element(XML.Element("lb"))]))
            ])
        let output = XMLSerializer.serialize(
            XML.Document(prolog: [XML.ProcessingInstruction(target: "xml-model", data: "href=\"x.rng\"")], root: root))
        let text = String(decoding: output.bytes, as: UTF8.self)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="x.rng"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="a" n="&quot;&lt;&amp;&gt;"><p>A &amp; B &lt; C &gt; "D" ’<lb/></p></TEI>

                """)
        #expect(output.droppedCharacters.isEmpty)
    }

    @Test func dropsAndReportsCharactersXMLCannotCarry() {
        let root = XML.Element("p", children: [.text("bell\u{7}form\u{C}feed")])
        let output = XMLSerializer.serialize(XML.Document(root: root))
        #expect(String(decoding: output.bytes, as: UTF8.self).contains("<p>bellformfeed</p>"))
        #expect(output.droppedCharacters.map(\.character) == ["\u{7}", "\u{C}"])
    }

    /// A deterministic generator of awkward trees: every escape, dropped characters, namespaces, repeated
    /// attribute names, empty text, comments and processing instructions.
    struct TreeGenerator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        static let pieces = [
            "a", "Москва", " ", "&", "<", ">", "\"", "'", "\r", "\n", "\t", "&amp;", "]]>", "--", "-", "é", "🙂",
            "\u{7}", "\u{FFFE}", "\u{FFFD}", "x y", "\u{85}", "\u{2028}", "",
        ]
        mutating func text() -> String {
            (0..<next(6)).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
        }
        mutating func element(depth: Int) -> XML.Element {
            let names = ["p", "persName", "div", "seg", "note"]
            var element = XML.Element(names[next(names.count)])
            if next(4) == 0 {
                element.namespaceURI =
                    ["http://www.tei-c.org/ns/1.0", "http://example.org/x", "urn:a\"b", "urn:a'b\"c"][next(4)]
            }
            let attributeNames = ["xml:id", "ref", "type", "n", "xml:lang", "type"]
            for _ in 0..<next(4) {
                element.attributes.append(XML.Attribute(attributeNames[next(attributeNames.count)], text()))
            }
            for _ in 0..<(depth > 3 ? 0 : next(5)) {
                switch next(6) {
                case 0, 1: element.children.append(.element(self.element(depth: depth + 1)))
                case 2, 3: element.children.append(.text(text()))
                case 4: element.children.append(.comment(text()))
                default:
                    element.children.append(.processingInstruction(target: "pi", data: next(2) == 0 ? "" : "d=\"1\""))
                }
            }
            return element
        }
    }

    @Test func theSwiftWriterWritesWhatLibxml2Writes() {
        var generator = TreeGenerator(state: 0x7e1e_9a3a)
        for _ in 0..<400 {
            var root = generator.element(depth: 0)
            if generator.next(2) == 0 { root.namespaceURI = tei }
            let prolog =
                generator.next(2) == 0
                ? [
                    XML.ProcessingInstruction(target: "xml-model", data: "href=\"x.rng\""),
                    XML.ProcessingInstruction(target: "empty", data: ""),
                ] : []
            let document = XML.Document(prolog: prolog, root: root)
            let written = XMLSerializer.serialize(document)
            #expect(
                written.bytes == XMLSerializer.libxml2Dump(document),
                "\(String(decoding: written.bytes, as: UTF8.self))\n---\n\(String(decoding: XMLSerializer.libxml2Dump(document), as: UTF8.self))"
            )
        }
    }

    /// Indentation written on the fly is the indentation text of ``XML.Document/laidOut()``, written plainly.
    @Test func indentationIsWrittenAsTheLaidOutTree() {
        var generator = TreeGenerator(state: 0x1de_47a7)
        let indentation = XMLIndentation(containers: ["div", "note", "persName"], containersOfOnly: ["seg": "p"])
        var laidOutElements = 0
        for _ in 0..<600 {
            var root = generator.element(depth: 0)
            // Containers with white space between their children, as a parsed document has them.
            if generator.next(2) == 0 {
                root.children = root.children.flatMap {
                    [XML.Node.text(["\n  ", " ", "\t", "\u{A0}"][generator.next(4)]), $0]
                }
            }
            let document = XML.Document(root: root, indentation: indentation)
            let plain = XML.Document(root: document.laidOut().root)
            let written = XMLSerializer.serialize(document).bytes
            #expect(written == XMLSerializer.serialize(plain).bytes, "\(String(decoding: written, as: UTF8.self))")
            #expect(written == XMLSerializer.libxml2Dump(document))
            #expect(plain.laidOut() == plain)
            if plain.root != root { laidOutElements += 1 }
        }
        #expect(laidOutElements > 100)
    }

    @Test func theEditionIsWrittenAsLibxml2WouldWriteIt() throws {
        // Copies of edition documents, so a change to the TEI writer does not change this layer's inputs.
        let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xml-writer")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".xml") }
            .sorted()
        #expect(files.count >= 3)
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: output.appendingPathComponent(file).path))
            let document = try XMLParsedDocument(bytes: Array(bytes), path: file).tree()
            let written = XMLSerializer.serialize(document).bytes
            #expect(written == XMLSerializer.libxml2Dump(document), "\(file)")
            #expect(written == Array(bytes), "\(file)")
        }
    }

    @Test func theByteCheckForNonXMLCharactersAgreesWithTheScalars() {
        let samples = [
            "", "plain", "tab\there\nand\r", "Москва «цитата»", "\u{FFFD}", "\u{FFFE}", "x\u{FFFF}", "\u{EFBF}\u{BFBE}",
            "\u{0}", "bell\u{7}", "\u{1F}", "\u{20}", "\u{10000}\u{10FFFF}", "ﾟ\u{FFEE}",
            String(repeating: "a", count: 1000) + "\u{8}",
        ]
        for sample in samples {
            let expected = sample.unicodeScalars.contains { !XMLSerializer.isXMLCharacter($0) }
            #expect(
                XMLSerializer.mayHoldNonXMLCharacters(sample) == expected,
                "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func roundTripsThroughTheParser() throws {
        let root = XML.Element(
            "TEI", namespaceURI: tei,
            children: [
                .element(
                    XML.Element(
                        "p", attributes: [XML.Attribute("xml:lang", "en")],
                        children: [.text("Wash"), .element(XML.Element("hi", children: [.text("ington")]))]))
            ])
        let bytes = XMLSerializer.serialize(XML.Document(root: root)).bytes
        let tree = try XMLParsedDocument(bytes: bytes, path: "r.xml").tree()
        #expect(tree.root.name == "TEI")
        #expect(tree.root.namespaceURI == tei)
        #expect(tree.root.childElements.first?[attribute: "xml:lang"] == "en")
        #expect(tree.root.textContent == "Washington")
    }
}

@Suite("Safe parsing of untrusted XML")
struct ParserSafetyTests {
    @Test func doctypeIsRefusedBeforeParsing() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&xxe;</p></TEI>
            """
        #expect(throws: XMLReadError.doctypeRefused(path: "t.xml")) { try parse(xxe) }
    }

    @Test func billionLaughsIsRefusedBeforeExpansion() {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(entities)]><lolz>&lol9;</lolz>"
        // Refused for its DOCTYPE before libxml2 sees it, so no entity is ever expanded.
        #expect(throws: XMLReadError.doctypeRefused(path: "t.xml")) { try parse(bomb) }
    }

    @Test func quadraticBlowupIsRefused() {
        let big = String(repeating: "a", count: 100_000)
        let bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"\(big)\">]><r>" + String(repeating: "&a;", count: 20_000)
            + "</r>"
        #expect(throws: XMLReadError.doctypeRefused(path: "t.xml")) { try parse(bomb) }
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        do {
            _ = try parse(deep)
            Issue.record("10,000-deep nesting was accepted")
        } catch {
            guard case .notWellFormed(let diagnostics) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(diagnostics.first?.message.contains("Excessive depth") == true)
        }
    }

    @Test func malformedXMLGivesLineAndColumn() {
        do {
            _ = try parse("<TEI>\n  <p>a & b</p>\n</TEI>")
            Issue.record("malformed XML was accepted")
        } catch {
            guard case .notWellFormed(let diagnostics) = error, let first = diagnostics.first else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(first.line == 2)
            #expect(first.column > 0)
            #expect(first.description.hasPrefix("t.xml:2:"))
        }
    }

    @Test func emptyInput() {
        #expect(throws: XMLReadError.empty(path: "t.xml")) { try parse("  \n") }
    }
}

@Suite("RELAX NG")
struct RelaxNGTests {
    static let schema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start><element name="doc"><oneOrMore><element name="date"><attribute name="when"><data type="date"/></attribute><text/></element></oneOrMore></element></start>
        </grammar>
        """

    @Test func validAndInvalidWithLines() throws {
        let schema = try RelaxNGSchema(bytes: Array(Self.schema.utf8), path: "s.rng")
        #expect(schema.validate(try parse("<doc><date when=\"1950-05-13\">x</date></doc>")).isEmpty)
        let errors = schema.validate(try parse("<doc>\n<date when=\"13.05.1950\">x</date>\n</doc>"))
        #expect(!errors.isEmpty)
        #expect(errors.first?.line == 2)
        #expect(errors.first?.column == 0)
        #expect(errors.first?.message.contains("date") == true)
    }

    @Test func oneSchemaServesManyThreads() async throws {
        let schema = try RelaxNGSchema(bytes: Array(Self.schema.utf8), path: "s.rng")
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let text =
                        index % 2 == 0
                        ? "<doc><date when=\"1950-05-13\">x</date></doc>" : "<doc>\n\n<date when=\"bad\">x</date></doc>"
                    let document = try? XMLParsedDocument(bytes: Array(text.utf8), path: "d\(index).xml")
                    return (index, document.map { schema.validate($0).first?.line ?? 0 } ?? -1)
                }
            }
            var collected: [Int: Int] = [:]
            for await (index, line) in group { collected[index] = line }
            return collected
        }
        for (index, line) in results { #expect(line == (index % 2 == 0 ? 0 : 3), "document \(index)") }
    }

    @Test func brokenSchemaIsAnError() {
        #expect(throws: XMLReadError.self) {
            try RelaxNGSchema(
                bytes: Array(
                    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><ref name=\"nope\"/></start></grammar>"
                        .utf8), path: "b.rng")
        }
    }
}
