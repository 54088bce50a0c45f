import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// Paths of the checkout, found from this file.
enum TestPaths {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var project: Project { Project(root: root) }
    /// Every fixture the tests read, inside the repository (nothing outside the checkout is read).
    static let fixtures = root + "/Tests/Fixtures"
    /// Third-party TEI: FRUS documents and small valid and invalid samples (see its README).
    static let reference = fixtures + "/reference"
}

/// Golden-file comparison. Set TEIGRAM_UPDATE_GOLDENS=1 to rewrite the golden files from the actual
/// output, then review the diff with git before committing.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["TEIGRAM_UPDATE_GOLDENS"] == "1" }

    static func check(_ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if updating {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(actual.utf8)))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record(
                "missing golden file \(path); run with TEIGRAM_UPDATE_GOLDENS=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record(
                """
                \(path) differs from the output (TEIGRAM_UPDATE_GOLDENS=1 rewrites it; review the diff before committing):
                \(unifiedDiff(expected: path, actual: actual))
                """, sourceLocation: sourceLocation)
        }
    }

    /// `diff -u` of the golden file against `actual` (at most 60 lines), or the first differing line when
    /// `diff` cannot be run.
    static func unifiedDiff(expected path: String, actual: String) -> String {
        let actualPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "teigram-golden-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: actualPath) }
        #expect(FileManager.default.createFile(atPath: actualPath, contents: Data(actual.utf8)))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", "--label", "golden", "--label", "actual", path, actualPath]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "(diff could not be run)" }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.prefix(60).joined(separator: "\n")
            + (lines.count > 60 ? "\n… (\(lines.count - 60) more lines)" : "")
    }
}

/// Shared, lazily built test fixtures.
enum Shared {
    /// The project's real authority.
    static let corpusAuthority: Authority = {
        (try? TestPaths.project.loadAuthority()) ?? Authority()
    }()

    /// A small, stable authority for feature fixtures (so goldens do not change with the corpus files).
    static let fixtureAuthority: Authority = {
        let path = TestPaths.fixtures + "/authority/fixture-authority.xml"
        let bytes = (try? FileIO.read(path)) ?? []
        return (try? Authority(files: [(path, bytes)])) ?? Authority()
    }()

    /// The bundled customisation, compiled once.
    static let customValidator: TEIValidator? = try? TEIValidator(schemaPath: TestPaths.project.customSchema)
}

/// Words as the round-trip and preservation checks count them: runs of letters and digits, case-folded.
func words(_ text: String) -> [String] {
    // Brackets inside a word ("com[munist]") do not split it: the TEI holds "com<supplied>munist</supplied>".
    text.lowercased().replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
}

/// Encodes text with the fixture authority.
func encodeFixture(_ text: String, name: String = "fixture") throws -> EncodedTelegram {
    try TelegramEncoder(authority: Shared.fixtureAuthority).encode(
        bytes: Array(text.utf8), path: name + ".txt", documentID: name)
}

/// The serialised document as a string.
extension EncodedTelegram {
    var xml: String { String(decoding: bytes, as: UTF8.self) }
}

/// Encodes one paragraph with the fixture authority and gives the XML of its content (the nodes inside the
/// paragraph), for tests of inline encoding.
func encodeInline(_ text: String, contextYear: Int? = 1950, context: TaggingContext = .prose) -> String {
    let encoder = InlineEncoder(
        tagger: EntityTagger(authority: Shared.fixtureAuthority), dates: DateRecognizer(contextYear: contextYear))
    var state = TaggingState()
    let nodes = encoder.encode(text, context: context, state: &state)
    let output = XMLSerializer.serialize(
        XML.Document(root: XML.Element("p", namespaceURI: teiNamespace, children: nodes)))
    let xml = String(decoding: output.bytes, as: UTF8.self)
    guard let start = xml.range(of: "\">"), let end = xml.range(of: "</p>", options: .backwards) else { return xml }
    return String(xml[start.upperBound..<end.lowerBound])
}
