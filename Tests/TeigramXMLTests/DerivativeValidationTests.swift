import Foundation
import Testing
@testable import TeigramXML

/// The derivative validator must never call valid what libxml2 calls invalid: `build` trusts its "valid".
/// These tests put both validators to the same documents: the edition, small grammars for each construct,
/// and thousands of mutations of the edition's documents.
@Suite("RELAX NG by derivatives")
struct DerivativeValidationTests {
    static let packageRoot: URL = {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root
    }()

    static let teigramSchema: RelaxNGSchema? = {
        let path = packageRoot.appendingPathComponent("Schemas/teigram.rng").path
        guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
        return try? RelaxNGSchema(bytes: Array(bytes), path: path)
    }()

    static func editionDocuments() throws -> [(name: String, document: XMLDocument)] {
        let output = packageRoot.appendingPathComponent("Output")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".xml") }.sorted()
        return try files.map { file in
            let bytes = try #require(FileManager.default.contents(atPath: output.appendingPathComponent(file).path))
            return (file, try XMLParsedDocument(bytes: Array(bytes), path: file).tree())
        }
    }

    /// libxml2's verdict on the document as written to a file and parsed again.
    static func libxml2Accepts(_ document: XMLDocument, _ schema: RelaxNGSchema) throws -> Bool {
        let bytes = XMLSerializer.serialize(document).bytes
        return schema.validate(try XMLParsedDocument(bytes: bytes, path: "m.xml")).isEmpty
    }

    @Test func theTeigramSchemaCompiles() throws {
        let schema = try #require(Self.teigramSchema)
        #expect(schema.derivatives != nil)
    }

    @Test func everyDocumentOfTheEditionIsValidToBoth() throws {
        let schema = try #require(Self.teigramSchema)
        let documents = try Self.editionDocuments()
        #expect(documents.count >= 17)
        for (name, document) in documents {
            #expect(try Self.libxml2Accepts(document, schema), "\(name)")
            #expect(schema.accepts(document), "\(name)")
        }
    }

    /// By hand: `TEIGRAM_DIFFERENTIAL_DIR=DIR` compares the two verdicts on every `.xml` file below DIR.
    @Test func filesOfAnotherDirectoryGetLibxml2sVerdict() throws {
        guard let directory = ProcessInfo.processInfo.environment["TEIGRAM_DIFFERENTIAL_DIR"] else { return }
        let schema = try #require(Self.teigramSchema)
        let files = (FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted()
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: directory + "/" + file))
            guard let parsed = try? XMLParsedDocument(bytes: Array(bytes), path: file) else { continue }
            #expect(schema.accepts(parsed.tree()) == schema.validate(parsed).isEmpty, "\(file)")
        }
        print("compared \(files.count) files")
    }

    /// 120 mutants per document by default; `TEIGRAM_MUTANTS=N` (and `TEIGRAM_MUTANT_SEED=hex`) for a
    /// longer run by hand.
    @Test func mutatedDocumentsGetLibxml2sVerdict() throws {
        let schema = try #require(Self.teigramSchema)
        let documents = try Self.editionDocuments()
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["TEIGRAM_MUTANTS"].flatMap { Int($0) } ?? 120
        let seed = environment["TEIGRAM_MUTANT_SEED"].flatMap { UInt64($0, radix: 16) } ?? 0x7E16_2A4D
        var mutator = Mutator(seed: seed, documents: documents.map(\.document))
        var counts = (mutants: 0, valid: 0, looser: 0, stricter: 0)
        for (name, document) in documents {
            for round in 0..<rounds {
                let (mutant, steps) = mutator.mutate(document)
                let expected = try Self.libxml2Accepts(mutant, schema)
                let verdict = schema.accepts(mutant)
                counts.mutants += 1
                if expected { counts.valid += 1 }
                if verdict && !expected { counts.looser += 1 }
                if !verdict && expected { counts.stricter += 1 }
                #expect(verdict == expected, "\(name) mutant \(round): \(steps.joined(separator: "; ")) libxml2 \(expected)")
            }
        }
        // The mutations must reach both verdicts often, or the comparison proves little.
        #expect(counts.valid > counts.mutants / 10 && counts.valid < counts.mutants * 9 / 10, "\(counts)")
        #expect(counts.looser == 0 && counts.stricter == 0, "\(counts)")
    }

    @Test func aSessionThatOutgrowsItsBoundStartsAgainWithTheSameVerdicts() throws {
        let schema = try #require(Self.teigramSchema)
        let path = Self.packageRoot.appendingPathComponent("Schemas/teigram.rng").path
        let root = try XMLParsedDocument(bytes: Array(try #require(FileManager.default.contents(atPath: path))), path: path).tree().root
        // Every validation outgrows a bound this small, so each one starts from the compiled grammar.
        let bounded = try #require(RelaxNGDerivativeGrammar(schema: root, maximumPatterns: 10))
        let documents = try Self.editionDocuments()
        var mutator = Mutator(seed: 0x5EED, documents: documents.map(\.document))
        for (name, document) in documents {
            #expect(bounded.accepts(document), "\(name)")
            for _ in 0..<10 {
                let (mutant, steps) = mutator.mutate(document)
                #expect(bounded.accepts(mutant) == (try Self.libxml2Accepts(mutant, schema)), "\(name): \(steps)")
            }
        }
    }

    // MARK: Each construct on a small grammar, against libxml2

    static func grammar(_ body: String, ns: String = "") -> String {
        """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" \(ns.isEmpty ? "" : "ns=\"\(ns)\"") \
        datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">\(body)</grammar>
        """
    }

    static func expectSameVerdicts(_ schemaText: String, _ documents: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let schema = try RelaxNGSchema(bytes: Array(schemaText.utf8), path: "g.rng")
        #expect(schema.derivatives != nil, sourceLocation: sourceLocation)
        var valid = 0
        for text in documents {
            let parsed = try XMLParsedDocument(bytes: Array(text.utf8), path: "d.xml")
            let expected = schema.validate(parsed).isEmpty
            if expected { valid += 1 }
            #expect(schema.accepts(parsed.tree()) == expected, "\(text): libxml2 \(expected)", sourceLocation: sourceLocation)
        }
        #expect(valid > 0 && valid < documents.count, "both verdicts occur", sourceLocation: sourceLocation)
    }

    @Test func groupsChoicesAndRepetition() throws {
        try Self.expectSameVerdicts(Self.grammar("""
            <start><element name="r"><oneOrMore><choice><element name="a"><empty/></element>
            <group><element name="b"><text/></element><optional><element name="c"><empty/></element></optional></group>
            </choice></oneOrMore><zeroOrMore><element name="d"><empty/></element></zeroOrMore></element></start>
            """), ["<r><a/></r>", "<r/>", "<r><b>x</b><c/><a/><d/><d/></r>", "<r><c/></r>", "<r><d/><a/></r>",
                   "<r> <a/> \n<b/></r>", "<r><a/>text<b/></r>", "<r><a>x</a></r>", "<r><b><a/></b></r>", "<x/>"])
    }

    @Test func mixedContentInterleaveAndNamespaces() throws {
        try Self.expectSameVerdicts(Self.grammar("""
            <start><element name="r"><interleave><element name="a"><empty/></element><element name="b"><empty/></element>
            <mixed><zeroOrMore><element name="hi"><text/></element></zeroOrMore></mixed></interleave></element></start>
            """, ns: "urn:t"), ["<r xmlns='urn:t'><a/><b/></r>", "<r xmlns='urn:t'><b/>x<hi>y</hi><a/>z</r>", "<r xmlns='urn:t'><a/></r>",
                                "<r xmlns='urn:t'><a/><a/><b/></r>", "<r><a/><b/></r>", "<r xmlns='urn:t'><a/><b xmlns='urn:u'/></r>"])
    }

    @Test func attributesValuesAndDatatypes() throws {
        try Self.expectSameVerdicts(Self.grammar("""
            <start><element name="r"><attribute name="xml:id"><data type="ID"/></attribute>
            <optional><attribute name="when"><choice><data type="gYear"><param name="pattern">[0-9]{4}</param></data>
            <data type="date"><param name="pattern">[0-9]{4}-[0-9]{2}-[0-9]{2}</param></data></choice></attribute></optional>
            <optional><attribute name="type"><choice><value>a b</value><value>c</value></choice></attribute></optional>
            <optional><attribute name="rend"><list><oneOrMore><data type="NCName"/></oneOrMore></list></attribute></optional>
            <optional><attribute name="n"/></optional>
            <zeroOrMore><element name="e"><attribute name="xml:id"><data type="ID"/></attribute>
            <data type="decimal"><param name="maxInclusive">10</param></data></element></zeroOrMore></element></start>
            """), ["<r xml:id='x'/>", "<r/>", "<r xml:id='1x'/>", "<r xml:id='x' when='1950'/>", "<r xml:id='x' when='1950-02-30'/>",
                   "<r xml:id='x' when='19500'/>", "<r xml:id='x' when='1950-02-03'/>", "<r xml:id='x' type=' a  b '/>",
                   "<r xml:id='x' type='a'/>", "<r xml:id='x' rend='bold  italic'/>", "<r xml:id='x' rend=''/>",
                   "<r xml:id='x' rend='1bold'/>", "<r xml:id='x' n=''/>", "<r xml:id='x' other='1'/>",
                   "<r xml:id='x'><e xml:id='y'>9.5</e><e xml:id='z'> 10 </e></r>", "<r xml:id='x'><e xml:id='y'>11</e></r>",
                   "<r xml:id='x'><e xml:id='x'>1</e></r>", "<r xml:id='x'><e xml:id='y'></e></r>", "<r xml:id='x'><e xml:id='y'><!--c-->1</e></r>"])
    }

    @Test func recursionThroughDefinitionsAndNameElements() throws {
        try Self.expectSameVerdicts(Self.grammar("""
            <start><ref name="list"/></start>
            <define name="list"><element><name>list</name><zeroOrMore><ref name="item"/></zeroOrMore></element></define>
            <div><define name="item"><element name="item"><optional><ref name="list"/></optional><text/></element></define></div>
            """), ["<list/>", "<list><item>a<list><item/></list></item></list>", "<list><list/></list>", "<item/>"])
    }

    @Test func constructsItDoesNotImplementLeaveTheSchemaToLibxml2() throws {
        let anyName = Self.grammar("<start><element><anyName/><text/></element></start>")
        let schema = try RelaxNGSchema(bytes: Array(anyName.utf8), path: "a.rng")
        #expect(schema.derivatives == nil)
        #expect(!schema.accepts(try XMLParsedDocument(bytes: Array("<a/>".utf8), path: "a.xml").tree()))
        #expect(schema.validate(try XMLParsedDocument(bytes: Array("<a/>".utf8), path: "a.xml")).isEmpty)
    }
}

/// Seeded random edits of TEI trees: elements removed, doubled, renamed, moved, unwrapped or emptied;
/// attributes removed, added or given other values (from the edition and from a list of near misses);
/// text put where only elements may stand; identifiers duplicated.
struct Mutator {
    private var state: UInt64
    private let elementNames: [String]
    private let attributeNames: [String]
    private let values: [String]

    init(seed: UInt64, documents: [XMLDocument]) {
        state = seed
        var elements: Set<String> = ["foo"]
        var attributes: Set<String> = ["bogus", "xml:id", "xml:lang", "rend", "n"]
        var values: Set<String> = ["", " ", "#", "#a b", "#1abc", "x", "ab cd", "1950-02-30", "1950-13", "1950-02", "12:00",
                                   "12:00:00", "2020-01-01T10:00:00+01:00", "2020-01-01T10:00:00", "-1950", "19500", "45.1 12.3",
                                   "999.1 1", "person", "place", "org", "sent", "received", "#nowhere"]
        for document in documents {
            document.root.forEachElement { element in
                elements.insert(element.name)
                for attribute in element.attributes {
                    attributes.insert(attribute.name)
                    values.insert(attribute.value)
                }
            }
        }
        elementNames = elements.sorted()
        attributeNames = attributes.sorted()
        self.values = values.sorted()
    }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }

    /// One to three edits of `document`, with a description of each.
    mutating func mutate(_ document: XMLDocument) -> (XMLDocument, [String]) {
        var root = document.root
        var steps: [String] = []
        for _ in 0...next(3) {
            var paths: [[Int]] = []
            collectPaths(root, [], into: &paths)
            let path = paths[next(paths.count)]
            let kind = next(13)
            steps.append("\(kind) at \(path)")
            edit(&root, at: path, kind: kind, allPaths: paths)
        }
        return (XMLDocument(prolog: document.prolog, root: root), steps)
    }

    private func collectPaths(_ element: XMLElement, _ path: [Int], into paths: inout [[Int]]) {
        paths.append(path)
        for (index, child) in element.children.enumerated() {
            if case .element(let inner) = child { collectPaths(inner, path + [index], into: &paths) }
        }
    }

    private static func element(at path: [Int], in root: XMLElement) -> XMLElement? {
        var current = root
        for index in path {
            guard index < current.children.count, case .element(let inner) = current.children[index] else { return nil }
            current = inner
        }
        return current
    }

    /// Applies `change` to the element at `path` (through its parent, for edits that replace it).
    private static func modify(_ root: inout XMLElement, _ path: [Int], _ change: (inout XMLElement) -> Void) {
        guard let first = path.first else { return change(&root) }
        guard first < root.children.count, case .element(var inner) = root.children[first] else { return }
        modify(&inner, Array(path.dropFirst()), change)
        root.children[first] = .element(inner)
    }

    private mutating func edit(_ root: inout XMLElement, at path: [Int], kind: Int, allPaths: [[Int]]) {
        guard let target = Self.element(at: path, in: root) else { return }
        let parentPath = Array(path.dropLast())
        let index = path.last ?? 0
        switch kind {
        case 0 where !path.isEmpty:  // remove
            Self.modify(&root, parentPath) { $0.children.remove(at: index) }
        case 1 where !path.isEmpty:  // double
            Self.modify(&root, parentPath) { $0.children.insert(.element(target), at: index + 1) }
        case 2:  // rename
            let name = elementNames[next(elementNames.count)]
            Self.modify(&root, path) { $0.name = name }
        case 3 where !target.attributes.isEmpty:  // remove an attribute
            let which = next(target.attributes.count)
            Self.modify(&root, path) { $0.attributes.remove(at: which) }
        case 4:  // add or replace an attribute
            let name = attributeNames[next(attributeNames.count)], value = values[next(values.count)]
            Self.modify(&root, path) { $0.setAttribute(name, value) }
        case 5 where !target.attributes.isEmpty:  // another value
            let which = next(target.attributes.count), value = values[next(values.count)]
            Self.modify(&root, path) { $0.attributes[which].value = value }
        case 6:  // text among the children
            let position = next(target.children.count + 1), text = next(2) == 0 ? "x" : " \n "
            Self.modify(&root, path) { $0.children.insert(.text(text), at: position) }
        case 7 where !path.isEmpty && index + 1 < (Self.element(at: parentPath, in: root)?.children.count ?? 0):  // swap
            Self.modify(&root, parentPath) { $0.children.swapAt(index, index + 1) }
        case 8 where !path.isEmpty:  // move under another element
            let destination = allPaths[next(allPaths.count)]
            guard !destination.starts(with: path) else { return }
            Self.modify(&root, destination) { $0.children.append(.element(target)) }
            // Appending puts the copy after every existing child, so no index on the source's path moves:
            // the source is then removed where it stood (checked, in case the move did not happen).
            Self.modify(&root, parentPath) { parent in
                if index < parent.children.count, case .element(let there) = parent.children[index], there == target {
                    parent.children.remove(at: index)
                }
            }
        case 9:  // duplicate an identifier
            var identifiers: [String] = []
            root.forEachElement { if let id = $0[attribute: "xml:id"] { identifiers.append(id) } }
            guard !identifiers.isEmpty else { return }
            let id = identifiers[next(identifiers.count)]
            Self.modify(&root, path) { $0.setAttribute("xml:id", id) }
        case 10:  // empty it
            Self.modify(&root, path) { $0.children = [] }
        case 11 where !path.isEmpty:  // unwrap
            Self.modify(&root, parentPath) { $0.children.replaceSubrange(index...index, with: target.children) }
        case 12:  // a comment and a processing instruction inside
            Self.modify(&root, path) {
                $0.children.insert(.comment("c"), at: 0)
                $0.children.append(.processingInstruction(target: "pi", data: ""))
            }
        default:
            break
        }
    }
}
