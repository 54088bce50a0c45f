import Foundation
import Testing
@testable import TeigramCore

/// A deterministic generator (SplitMix64), so a failing case can be reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mangled telegrams: the encoder must never crash, and every output must be valid.
@Suite("Robustness")
struct RobustnessTests {
    static let fragments = [
        "[", "]", "[[", "]]", "[…]", ". . .", "\"", "“", "”", "x/ ", "No. 12/sh", "1.", "(2)", "From ",
        "Copies: ", "[Stamp: ", "[Translator’s note:", "13/5-50", "10.IV.50", "31 June 1950", "Comrade ",
        "Kim Il Sung", "KIM", "Document 3:", "Document Information", "Source:", "\u{00A0}", "\t", "’s",
        "& < > ", "Skip to content", "—", "-", ":", "!", "\n", "\n\n", "Filippov [Stalin]", "[I]",
    ]

    @Test func mangledCorpusTelegramsEncodeToValidTEI() throws {
        let validator = try #require(Shared.customValidator)
        let encoder = TelegramEncoder(authority: Shared.corpusAuthority)
        let sources = try TestPaths.project.telegrams.map { String(decoding: try FileIO.read($0), as: UTF8.self) }
        var generator = SeededGenerator(state: 20261123)
        for iteration in 0..<300 {
            guard let base = sources.randomElement(using: &generator) else { continue }
            var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                switch Int.random(in: 0..<5, using: &generator) {
                case 0 where !lines.isEmpty: lines.remove(at: Int.random(in: 0..<lines.count, using: &generator))
                case 1 where !lines.isEmpty:
                    lines.swapAt(
                        Int.random(in: 0..<lines.count, using: &generator),
                        Int.random(in: 0..<lines.count, using: &generator))
                case 2:
                    let line = Int.random(in: 0...lines.count, using: &generator)
                    lines.insert(Self.fragments.randomElement(using: &generator) ?? "", at: min(line, lines.count))
                case 3 where !lines.isEmpty:
                    let index = Int.random(in: 0..<lines.count, using: &generator)
                    var characters = Array(lines[index])
                    let position = Int.random(in: 0...characters.count, using: &generator)
                    characters.insert(contentsOf: Self.fragments.randomElement(using: &generator) ?? "", at: position)
                    lines[index] = String(characters)
                default:
                    let cut = Int.random(in: 0...max(0, lines.count), using: &generator)
                    lines = Array(lines.prefix(max(1, cut)))
                }
            }
            let text = lines.joined(separator: "\n")
            guard text.contains(where: { !$0.isWhitespace }) else { continue }
            let encoded = try encoder.encode(
                bytes: Array(text.utf8), path: "mangled-\(iteration).txt", documentID: "mangled-\(iteration)")
            let result = validator.validate(bytes: encoded.bytes, path: "mangled-\(iteration).xml")
            #expect(
                result.isValid,
                "iteration \(iteration): \(result.diagnostics.prefix(3).map(\.description))\n\(text.prefix(400))")
        }
    }

    @Test func randomBytesNeverCrash() {
        let encoder = TelegramEncoder(authority: Shared.fixtureAuthority)
        var generator = SeededGenerator(state: 7)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? encoder.encode(bytes: bytes, path: "r.txt", documentID: "r")
        }
        let alphabet = Array("[]“”\"()./-:\n \tAbcXyZ0123456789.….—’Kim")
        for _ in 0..<300 {
            let text = String(
                (0..<Int.random(in: 1..<300, using: &generator)).compactMap { _ in
                    alphabet.randomElement(using: &generator)
                })
            _ = try? encoder.encode(bytes: Array(text.utf8), path: "a.txt", documentID: "a")
        }
    }
}
