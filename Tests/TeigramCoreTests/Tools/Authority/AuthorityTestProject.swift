import Foundation
import Testing
@testable import TeigramCore

/// A temporary project (Corpus/authority/, Schemas/, Output/) for the authority tooling tests, removed by
/// ``remove()``.
struct AuthorityTestProject {
    let root: String
    var project: Project { Project(root: root) }
    var authorityDirectory: String { root + "/Corpus/authority" }

    init() throws {
        root =
            FileManager.default.temporaryDirectory.appendingPathComponent("teigram-authority-\(UUID().uuidString)")
            .path
        for directory in ["Corpus/authority", "Schemas", "Output"] {
            try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
        }
    }

    /// Writes `text` to `relativePath` under the root.
    func write(_ text: String, to relativePath: String) {
        #expect(FileManager.default.createFile(atPath: root + "/" + relativePath, contents: Data(text.utf8)))
    }

    /// The text of `relativePath` under the root, or `nil`.
    func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + relativePath).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// An authority file holding `entries` (TEI lines) in a `listPlace`, laid out as the built-in files are.
    static func authorityFile(places: String, persons: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>t</title></titleStmt>
              <publicationStmt><p>t</p></publicationStmt>
              <sourceDesc><p>t</p></sourceDesc>
            </fileDesc>
          </teiHeader>
          <standOff>
            <listPlace>
        \(places)
            </listPlace>\(persons.isEmpty ? "" : "\n    <listPerson>\n" + persons + "\n    </listPerson>")
          </standOff>
        </TEI>

        """
    }
}
