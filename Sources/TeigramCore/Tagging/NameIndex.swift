import Foundation

/// A token trie over folded names (case, diacritics, hyphens and spaces ignored). Lookup cost depends on
/// the length of the text and of the longest name, not on how many names there are.
public struct NameIndex: Sendable {
    /// What a matched name stands for.
    public struct Candidate: Sendable, Equatable {
        /// Entry id.
        public var id: String
        /// Entry kind.
        public var kind: AuthorityEntry.Kind
        /// The name's `@type` in the authority.
        public var nameType: String
        /// Generated (gazetteer) entry.
        public var isGenerated: Bool
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var candidates: [Candidate] = []
    }

    private var nodes: [Node] = [Node()]

    /// Number of names indexed.
    public private(set) var count = 0

    /// Creates an empty index.
    public init() {}

    /// Adds one name of an entry.
    mutating func add(name: String, type: String, entry: AuthorityEntry) {
        let tokens = NameTokenizer.tokens(of: name).map(\.folded)
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            if let next = nodes[node].children[token] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[token] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        let candidate = Candidate(id: entry.id, kind: entry.kind, nameType: type, isGenerated: entry.isGenerated)
        if !nodes[node].candidates.contains(candidate) {
            nodes[node].candidates.append(candidate)
            count += 1
        }
    }

    /// The longest name starting at `tokens[start]`: how many tokens it spans and its candidates.
    public func longestMatch(in tokens: [NameTokenizer.Token], from start: Int) -> (length: Int, candidates: [Candidate])? {
        var node = 0
        var best: (Int, [Candidate])?
        var index = start
        while index < tokens.count, let next = nodes[node].children[tokens[index].folded] {
            node = next
            index += 1
            if !nodes[node].candidates.isEmpty { best = (index - start, nodes[node].candidates) }
        }
        return best
    }
}

/// Splits text into word tokens for name matching. Letters and digits form tokens; everything else
/// separates them, except square brackets inside a word ("com[munist]", "F[oreign]"), which are skipped.
public enum NameTokenizer {
    /// A word of the text.
    public struct Token: Sendable, Equatable {
        /// Lower-cased, diacritics removed.
        public var folded: String
        /// UTF-16 offsets of the token in the text (brackets inside it included).
        public var range: Range<Int>
        /// First letter is upper case.
        public var isCapitalised: Bool
        /// Every letter is upper case.
        public var isAllCaps: Bool
    }

    /// The tokens of `text` (UTF-16 offsets).
    public static func tokens(of text: String) -> [Token] {
        tokens(of: Array(text.utf16))
    }

    /// The tokens of UTF-16 `units`.
    public static func tokens(of units: [UInt16]) -> [Token] {
        var result: [Token] = []
        var folded = ""
        var start = -1
        var end = 0
        var capitalised = false
        var allCaps = true
        func flush() {
            if start >= 0 && !folded.isEmpty {
                result.append(Token(folded: folded, range: start..<end, isCapitalised: capitalised, isAllCaps: allCaps))
            }
            folded = ""
            start = -1
            allCaps = true
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            if let scalar = Unicode.Scalar(unit), isWordCharacter(scalar) {
                if start < 0 {
                    start = index
                    capitalised = scalar.properties.isUppercase || ("0"..."9").contains(scalar)
                }
                if scalar.properties.isLowercase { allCaps = false }
                folded.append(fold(scalar))
                end = index + 1
            } else if (unit == 0x5B || unit == 0x5D) && start >= 0 && index + 1 < units.count,
                      let next = Unicode.Scalar(units[index + 1]), isWordCharacter(next) {
                // "com[munist]": the bracket does not end the word.
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return result
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Lower case, diacritics dropped (ó → o, ŏ → o).
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(Character(scalar)).lowercased() }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.first { $0.properties.isAlphabetic } ?? scalar
        return String(Character(base)).lowercased()
    }
}

