import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// Fixtures of the publication tests.
enum PublicationFixtures {
    /// The edge-case TEI document (hostile title, dated identifiers, rs, transmitted, unknown date, nested
    /// names, choice, gap, a non-ASCII text).
    static let edgeCasePath = TestPaths.fixtures + "/publication/edge-cases.xml"

    /// A TEI file read as the publisher reads it.
    static func telegram(_ path: String, name: String? = nil) throws -> PublishedTelegram {
        let document = try XMLParsedDocument(bytes: FileIO.read(path), path: path).tree()
        return PublishedTelegram(document: document, name: name ?? Project.baseName(path))
    }

    /// The committed edition.
    static let edition = TestPaths.project.output + "/edition"

    /// The committed TEI files.
    static var teiFiles: [String] { FileIO.files(in: TestPaths.project.output, suffix: ".xml") }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teigram-publish-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file below `directory`, as paths relative to it, sorted.
    static func files(below directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var result: [String] = []
        while let next = enumerator.nextObject() as? String {
            if !FileIO.isDirectory(directory + "/" + next) { result.append(next) }
        }
        return result.sorted()
    }
}
