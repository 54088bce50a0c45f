import Foundation
import TeigramCore

/// The three fuzzed entry points of Teigram, each taking raw bytes as any file on disk could hold them.
/// Only crashes, traps, hangs and sanitizer findings are bugs: a ``Diagnostic`` thrown or reported for bad
/// input is the expected answer.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// Raw telegram bytes → ``TelegramEncoder`` with the project's authority, validated as `teigram build` does.
    case encode
    /// XML bytes → ``PlainTextExtractor`` (default options, then every non-default option at once).
    case text
    /// XML bytes → ``TEIValidator`` with the bundled `Schemas/teigram.rng`.
    case validate

    /// Runs the target on one input.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .encode:
            let fixtures = FuzzFixtures.shared
            _ = try? fixtures.encoder.encode(
                bytes: bytes, path: "fuzz.txt", documentID: "fuzz",
                validation: fixtures.validator.map { ($0, "fuzz.xml") })
        case .text:
            for extractor in FuzzFixtures.shared.extractors { _ = extractor.extract(bytes: bytes, path: "fuzz.xml") }
        case .validate:
            if let validator = FuzzFixtures.shared.validator { _ = validator.validate(bytes: bytes, path: "fuzz.xml") }
        }
    }
}

/// What the targets load once per process: the authority and the compiled schema of the project found from
/// the current directory (or `TEIGRAM_FUZZ_PROJECT`), else an empty authority and no schema.
struct FuzzFixtures: Sendable {
    let encoder: TelegramEncoder
    let validator: TEIValidator?
    let extractors: [PlainTextExtractor]

    static let shared = FuzzFixtures()

    private init() {
        let start =
            ProcessInfo.processInfo.environment["TEIGRAM_FUZZ_PROJECT"] ?? FileManager.default.currentDirectoryPath
        let project = Project.locate(from: start)
        var authority = Authority()
        var validator: TEIValidator?
        if let project {
            do throws(Diagnostic) {
                authority = try project.loadAuthority()
            } catch {
                FuzzFixtures.warn("authority not loaded (\(error)); fuzzing with an empty one")
            }
            do throws(Diagnostic) {
                validator = try TEIValidator(schemaPath: project.customSchema)
            } catch {
                FuzzFixtures.warn("schema not compiled (\(error)); validation is not fuzzed")
            }
        } else {
            FuzzFixtures.warn("no project (Corpus/ and Schemas/) at or above \(start); empty authority, no schema")
        }
        encoder = TelegramEncoder(authority: authority)
        self.validator = validator
        extractors = [
            PlainTextExtractor(),
            PlainTextExtractor(
                options: TextOptions(
                    notes: .end, edition: .diplomatic, supplied: .omit, gaps: .none, includeHeader: true)),
        ]
    }

    private static func warn(_ message: String) {
        FileHandle.standardError.write(Data("TeigramFuzz: \(message)\n".utf8))
    }
}
