import Foundation
import Testing
@testable import TeigramCore

/// Every guarded expression of the reading rules: its examples match, and its guard passes every text the
/// expression matches, on real lines (the corpus, the telegrams gathered for it and the held-out sets, as
/// they are and lower-cased) and on seeded variants of the examples.
@Suite("Guarded expressions")
struct GuardedPatternTests {
    static let patterns: [GuardedPattern] = LinePatterns.all + TitlePatterns.all

    /// Lines of every raw telegram in the repository, as they are and lower-cased.
    static let realLines: [String] = {
        let directories = [
            TestPaths.project.corpus, TestPaths.project.corpus + "/incoming",
            TestPaths.fixtures + "/heldout", TestPaths.fixtures + "/heldout/wide",
        ]
        var lines: [String] = []
        for directory in directories {
            for path in FileIO.files(in: directory, suffix: ".txt") {
                guard let bytes = try? FileIO.read(path), let text = String(validating: bytes, as: UTF8.self) else {
                    continue
                }
                for line in text.split(separator: "\n") {
                    lines.append(String(line))
                    lines.append(String(line).lowercased())
                }
            }
        }
        return lines
    }()

    static let pieces =
        FastPathTests.pieces + [
            "D", "d", "S", "s", "B", "b", "#", "º", "°", "n", "o", "*", "x/", "Document ", "to ", " in ", " at ",
        ]

    /// Seeded variants of `example`: pieces inserted, characters dropped, the case changed.
    static func variants(of example: String, count: Int, seed: UInt64) -> [String] {
        var generator = DateScannerTests.Generator(state: seed)
        var results: [String] = []
        for _ in 0..<count {
            var characters = Array(example)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where !characters.isEmpty:
                    characters.remove(at: Int.random(in: 0..<characters.count, using: &generator))
                case 1:
                    let piece = Array(pieces.randomElement(using: &generator) ?? "")
                    characters.insert(contentsOf: piece, at: Int.random(in: 0...characters.count, using: &generator))
                case 2:
                    characters = Array(String(characters).uppercased())
                default:
                    characters += Array(pieces.randomElement(using: &generator) ?? "")
                }
            }
            results.append(String(characters))
        }
        return results
    }

    @Test(arguments: patterns.indices)
    func everyExampleMatches(_ index: Int) {
        let pattern = Self.patterns[index]
        #expect(!pattern.examples.isEmpty, "\(pattern.pattern)")
        for example in pattern.examples {
            #expect(
                pattern.matches(example), "\(pattern.pattern) does not match its example \(example.debugDescription)")
        }
    }

    @Test(arguments: patterns.indices)
    func theGuardPassesEveryTextTheExpressionMatches(_ index: Int) {
        let pattern = Self.patterns[index]
        let generated = pattern.examples.enumerated().flatMap {
            Self.variants(of: $1, count: 2_000, seed: UInt64(index * 100 + $0 + 1))
        }
        var matched = 0
        for text in Self.realLines + generated where pattern.unguardedFirstRange(in: text) != nil {
            matched += 1
            #expect(
                pattern.mayMatch(text), "\(pattern.pattern) matches \(text.debugDescription), which its guard refuses")
        }
        #expect(matched > 0)
    }

    @Test func aMalformedExpressionMatchesNothing() {
        let broken = GuardedPattern("([", guard: .opensWith([""]), examples: [])
        #expect(!broken.matches("(["))
    }
}
