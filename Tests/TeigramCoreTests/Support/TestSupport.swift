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
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("missing golden file \(path); run with TEIGRAM_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
            let show = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end of file>" }
            Issue.record("""
                \(path) differs at line \(first + 1):
                expected: \(show(expectedLines))
                actual:   \(show(actualLines))
                (TEIGRAM_UPDATE_GOLDENS=1 rewrites the golden file)
                """, sourceLocation: sourceLocation)
        }
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
    try TelegramEncoder(authority: Shared.fixtureAuthority).encode(bytes: Array(text.utf8), path: name + ".txt", documentID: name)
}

/// The serialised document as a string.
extension EncodedTelegram {
    var xml: String { String(decoding: bytes, as: UTF8.self) }
}
