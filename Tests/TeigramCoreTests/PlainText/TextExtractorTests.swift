import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// Renders `body` (content of `text/body`) through both the streaming reader and the parsed tree, checks
/// they agree, and returns the text without its final newline.
func renderTEI(
    _ body: String, _ options: TextOptions = TextOptions(), header: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) -> String {
    let document = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\(header)<text><body>\(body)</body></text></TEI>"
    return renderDocument(document, options, sourceLocation: sourceLocation)
}

func renderDocument(
    _ document: String, _ options: TextOptions = TextOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
) -> String {
    let bytes = Array(document.utf8)
    let extractor = PlainTextExtractor(options: options)
    let streamed = extractor.extract(bytes: bytes, path: "test.xml")
    #expect(streamed.failure == nil, "\(streamed.diagnostics)", sourceLocation: sourceLocation)
    if let parsed = try? XMLParsedDocument(bytes: bytes, path: "test.xml") {
        let fromTree = extractor.extract(parsed.tree(), path: "test.xml")
        #expect(fromTree.text == streamed.text, "tree and stream differ", sourceLocation: sourceLocation)
    } else {
        Issue.record("not parsed as a tree", sourceLocation: sourceLocation)
    }
    var text = streamed.text
    if text.hasSuffix("\n") { text.removeLast() }
    return text
}

@Suite struct TextWhitespaceTests {
    @Test func inlineElementsAddAndRemoveNoSpace() {
        #expect(
            renderTEI("<p>Wash<hi>ington</hi> and <persName>Mao</persName> <placeName>Peking</placeName>.</p>")
                == "Washington and Mao Peking.")
        #expect(
            renderTEI("<p><hi>Comrade</hi><lb/><unknownThing>Stalin</unknownThing>s<foo> visit</foo></p>")
                == "Comrade\nStalins visit")
    }

    @Test func paragraphsAreSeparatedByABlankLineAndIndentationIsDropped() {
        let body = """
            <div type="telegram">
                <head>Heading</head>
                <p>
                    One   line
                    continued.
                </p>
                <p>Two</p>
            </div>
            """
        #expect(renderTEI(body) == "Heading\n\nOne line continued.\n\nTwo")
    }

    @Test func lineLevelBlocksStartALine() {
        let body =
            "<div><opener><dateline>Seoul, May 3</dateline> <salute>Dear Sir,</salute></opener><list><item>one</item> <item>two</item></list><closer><signed>Muccio</signed></closer></div>"
        #expect(renderTEI(body) == "Seoul, May 3\nDear Sir,\n\none\ntwo\n\nMuccio")
    }

    @Test func lbBreaksTheLineAndBreakNoJoins() {
        #expect(renderTEI("<p>line one <lb/> line two</p>") == "line one\nline two")
        #expect(renderTEI("<p>Wash<lb break=\"no\"/>ington</p>") == "Washington")
        #expect(renderTEI("<p>Wash\n   <lb break=\"no\"/>\n   ington went</p>") == "Washington went")
    }

    @Test func pageBreaksAddNothing() {
        #expect(
            renderTEI("<p>Wash<pb n=\"2\"/>ington went <pb n=\"3\"/> home<cb/>ward <milestone unit=\"x\"/>now</p>")
                == "Washington went homeward now")
        #expect(renderTEI("<p>end.</p><pb n=\"4\"/><p>Next</p>") == "end.\n\nNext")
    }

    @Test func xmlSpacePreserveIsInherited() {
        #expect(renderTEI("<p xml:space=\"preserve\">a   b</p><p>c   d</p>") == "a   b\n\nc d")
        #expect(renderTEI("<div xml:space=\"preserve\"><p>x  <hi>y  z</hi></p></div>").contains("x  y  z"))
        #expect(renderTEI("<div xml:space=\"preserve\"><p xml:space=\"default\">x  <hi>y  z</hi></p></div>") == "x y z")
    }

    @Test func tableCellsAreSeparated() {
        #expect(
            renderTEI("<table><row><cell>a</cell><cell>b</cell></row><row><cell>c</cell><cell>d</cell></row></table>")
                == "a b\nc d")
    }
}

@Suite struct TextEditorialTests {
    static let choices =
        "<p><choice><sic>Moscw</sic><corr>Moscow</corr></choice> <choice><abbr>Cde.</abbr><expan>Comrade</expan></choice> <choice><orig>colour</orig><reg>color</reg></choice> <choice><seg>A</seg><seg>B</seg></choice> <choice><expan>Gen<ex>eral</ex></expan><abbr>Gen<am>.</am></abbr></choice></p>"

    @Test func choiceModes() {
        #expect(renderTEI(Self.choices) == "Moscow Comrade color A General")
        #expect(renderTEI(Self.choices, TextOptions(edition: .diplomatic)) == "Moscw Cde. colour A Gen.")
        #expect(
            renderTEI(
                "<p>x<choice>\n  <corr>a<choice><sic>bb</sic><corr>b</corr></choice></corr>\n  <sic>z</sic></choice>y</p>"
            ) == "xaby")
    }

    static let notes =
        "<p>Filippov <note type=\"identification\">Stalin</note> wrote<note type=\"translator\"><label>Translator's note:</label> which is the GRU</note>.</p>"

    @Test func notesInline() {
        #expect(renderTEI(Self.notes) == "Filippov [Stalin] wrote[Translator's note: which is the GRU].")
    }

    @Test func notesNone() {
        #expect(renderTEI(Self.notes, TextOptions(notes: .none)) == "Filippov wrote.")
    }

    @Test func notesAtTheEnd() {
        let text = renderTEI(Self.notes + "<p>More<note>outer <note>inner</note></note></p>", TextOptions(notes: .end))
        #expect(
            text == """
                Filippov [1] wrote[2].

                More[3]

                Notes

                [1] Stalin
                [2] Translator's note: which is the GRU
                [3] outer [4]
                [4] inner
                """)
    }

    @Test func aNoteBetweenBlocksIsAParagraph() {
        #expect(
            renderTEI(
                "<div><closer><signed>Roshchin</signed></closer>\n<note type=\"footnote\" n=\"x/\"><label>x/</label> Pseudonym I.V. Stalin.</note></div>"
            )
                == "Roshchin\n\nx/ Pseudonym I.V. Stalin.")
    }

    @Test func suppliedModes() {
        let body =
            "<p>com<supplied reason=\"omitted-in-original\">munist</supplied> party <supplied>to China</supplied>.</p>"
        #expect(renderTEI(body) == "com[munist] party [to China].")
        #expect(renderTEI(body, TextOptions(supplied: .plain)) == "communist party to China.")
        #expect(renderTEI(body, TextOptions(supplied: .omit)) == "com party.")
    }

    @Test func gapModes() {
        #expect(renderTEI("<p>text <gap reason=\"omitted\"/> more</p>") == "text […] more")
        #expect(renderTEI("<p>text <gap reason=\"omitted\"/> more</p>", TextOptions(gaps: .none)) == "text more")
    }

    @Test func apparatusGivesTheLemma() {
        #expect(renderTEI("<p>the <app><lem>red</lem><rdg wit=\"#b\">blue</rdg></app> door</p>") == "the red door")
    }
}

@Suite struct TextDocumentTests {
    static let header = """
        <teiHeader><fileDesc><titleStmt><title type="main">Telegram, A to B</title><funder>Some Foundation</funder></titleStmt>
        <publicationStmt><publisher>x</publisher><availability><p>Free to reuse.</p></availability></publicationStmt>
        <sourceDesc><msDesc><msIdentifier><repository>AVP RF</repository><idno type="fond">059a</idno></msIdentifier></msDesc></sourceDesc></fileDesc>
        <profileDesc><abstract><p>A summary.</p></abstract><correspDesc>
        <correspAction type="sent"><persName>Shtykov</persName><placeName>Pyongyang</placeName><date when="1949-05-15">May 15, 1949</date></correspAction>
        <correspAction type="received"><persName>Vyshinsky</persName></correspAction></correspDesc></profileDesc></teiHeader>
        """

    @Test func headerIsLeftOutByDefault() {
        #expect(renderTEI("<p>Body.</p>", header: Self.header) == "Body.")
    }

    @Test func headerBlock() {
        #expect(
            renderTEI("<p>Body.</p>", TextOptions(includeHeader: true), header: Self.header) == """
                Title: Telegram, A to B
                Date: May 15, 1949
                Sender → recipient: Shtykov → Vyshinsky
                Funder: Some Foundation
                Source: AVP RF, 059a
                Rights: Free to reuse.

                Summary: A summary.

                Body.
                """)
    }

    @Test func standOffIsNeverText() {
        let document =
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><standOff><listPerson><person><persName>Stalin</persName><birth>1878</birth></person></listPerson></standOff><text><body><p>Body.</p></body></text></TEI>"
        #expect(renderDocument(document) == "Body.")
        #expect(renderDocument(document, TextOptions(includeHeader: true)) == "Body.")
    }

    @Test func frontBodyBackAndGroups() {
        let document = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><front><titlePage><docTitle><titlePart>Title</titlePart></docTitle><docDate>1950</docDate></titlePage></front>
            <group><text><body><p>First.</p></body></text><text><body><p>Second.</p></body></text></group>
            <back><div><p>Appendix.</p></div></back></text></TEI>
            """
        #expect(renderDocument(document) == "Title\n1950\n\nFirst.\n\nSecond.\n\nAppendix.")
    }

    @Test func teiCorpusGivesEachDocument() {
        let document = """
            <teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>
              <TEI><teiHeader/><text><body><p>One <note>n1</note></p></body></text></TEI>
              <TEI><teiHeader/><text><body><p>Two <note>n2</note></p></body></text></TEI>
            </teiCorpus>
            """
        #expect(renderDocument(document) == "One [n1]\n\nTwo [n2]")
        #expect(
            renderDocument(document, TextOptions(notes: .end))
                == "One [1]\n\nNotes\n\n[1] n1\n\nTwo [1]\n\nNotes\n\n[1] n2")
    }

    @Test func unknownAndForeignElementsAreInlineAndReported() {
        let document =
            "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x <m:math xmlns:m=\"http://www.w3.org/1998/Math/MathML\">y</m:math> <graphic url=\"a.png\"/>z<madeUp>w</madeUp></p></body></text></TEI>"
        let extraction = PlainTextExtractor().extract(bytes: Array(document.utf8), path: "t.xml")
        #expect(extraction.text == "x y zw\n")
        #expect(extraction.diagnostics.count == 2)
        #expect(extraction.diagnostics.allSatisfy { $0.severity == .warning })
    }
}

@Suite struct TextRejectionTests {
    func extract(_ text: String) -> TextExtraction {
        PlainTextExtractor().extract(bytes: Array(text.utf8), path: "in.xml")
    }

    @Test func nonTEIRootIsAnError() {
        let plain = extract("<html>\n<body>x</body></html>")
        #expect(plain.failure == .invalid)
        #expect(
            plain.diagnostics.map(\.description) == [
                "in.xml:1:0: error: not a TEI document (root element <html> in no namespace; TEI P5 uses http://www.tei-c.org/ns/1.0)"
            ])
        let other = extract("<?xml version=\"1.0\"?>\n<x:doc xmlns:x=\"urn:other\"><x:p>t</x:p></x:doc>")
        #expect(other.failure == .invalid)
        #expect(
            other.diagnostics.first?.description.hasPrefix(
                "in.xml:2:0: error: not a TEI document (root element <x:doc> in namespace urn:other") == true)
        #expect(other.text.isEmpty)
    }

    @Test func hostileInputIsRefused() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&c;</p></body></text></TEI>
            """
        let xxe =
            "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&x;</p></body></text></TEI>"
        // A DOCTYPE after a long comment is past the cheap pre-check and is caught by the parser callback.
        let late = "<!--" + String(repeating: "x", count: 1_100_000) + "-->" + xxe
        for input in [laughs, xxe, late] {
            let extraction = extract(input)
            #expect(extraction.failure == .invalid)
            #expect(extraction.diagnostics.count == 1)
            #expect(extraction.diagnostics.first?.message.contains("DTD") == true)
            #expect(!extraction.text.contains("aaaa"))
        }
        let undefined = extract("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>&x;</p></body></text></TEI>")
        #expect(undefined.failure == .invalid)
    }

    @Test func malformedAndEmptyInput() {
        let broken = extract("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>\n<p>a</text></TEI>")
        #expect(broken.failure == .invalid)
        #expect(broken.diagnostics.first?.line == 2)
        #expect(broken.diagnostics.first?.message.hasSuffix("(not well-formed XML)") == true)
        #expect(extract("  \n").failure == .invalid)
    }

    @Test func missingFileIsUnreadable() {
        let extraction = PlainTextExtractor().extract(
            fileAt: "/nonexistent/teigram-\(UInt32.random(in: 0...UInt32.max)).xml")
        #expect(extraction.failure == .unreadable)
        #expect(extraction.diagnostics.first?.message == "no such file")
    }

    @Test func escapedCharactersAndAttributes() {
        #expect(
            renderTEI("<p xml:space=\"default\" rend=\"a&amp;b\">AT&amp;T &lt;x&gt; &#233;t&#xE9;</p>")
                == "AT&T <x> été")
    }
}
