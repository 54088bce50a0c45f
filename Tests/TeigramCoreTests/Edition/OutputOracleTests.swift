import Foundation
import Testing
@testable import TeigramCore
@testable import TeigramTools

/// The byte-identity oracle: 400 seeded synthetic telegrams (``SyntheticCorpus``, made from `Corpus/`) are
/// encoded and each document's XXH64 is compared with `Tests/Fixtures/oracle/synthetic.tsv`. A change meant
/// to alter no output (a fast path, a refactoring) must leave every line as it is; a change meant to
/// alter the output rewrites the file with `TEIGRAM_UPDATE_GOLDENS=1`, and its diff shows how many
/// documents moved.
@Suite("Byte-identity oracle")
struct OutputOracleTests {
    static let count = 400
    static let path = TestPaths.fixtures + "/oracle/synthetic.tsv"

    @Test func syntheticTelegramsEncodeToTheRecordedBytes() throws {
        let telegrams = try TestPaths.project.telegrams.map { (path: $0, bytes: try FileIO.read($0)) }
        let corpus = SyntheticCorpus(telegrams: telegrams, authority: Shared.corpusAuthority)
        let encoder = TelegramEncoder(authority: Shared.corpusAuthority)
        var lines = ["# name\txxh64 of the TEI (teigram's own output; TEIGRAM_UPDATE_GOLDENS=1 rewrites this file)"]
        for telegram in corpus.telegrams(0..<Self.count) {
            let encoded = try encoder.encode(
                bytes: telegram.bytes, path: telegram.name + ".txt", documentID: telegram.name)
            lines.append(telegram.name + "\t" + ContentHash.hex(encoded.bytes))
        }
        let actual = lines.joined(separator: "\n") + "\n"
        if Golden.updating {
            #expect(FileManager.default.createFile(atPath: Self.path, contents: Data(actual.utf8)))
            return
        }
        let recorded = String(decoding: try FileIO.read(Self.path), as: UTF8.self)
        let moved = zip(recorded.split(separator: "\n"), actual.split(separator: "\n")).filter { $0 != $1 }.map(\.1)
        #expect(
            recorded == actual,
            "\(moved.count) of \(Self.count) documents changed, first: \(moved.prefix(3)); TEIGRAM_UPDATE_GOLDENS=1 records the new bytes"
        )
    }
}
