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
    /// One- and two-letter deletions of curated one-word place names → (name, entry id), for approximate
    /// spelling (a symmetric-delete index: lookup cost does not grow with the number of names).
    private var placeDeletions: [String: [(name: String, id: String)]] = [:]
    /// The entries of `placeDeletions` whose key is ASCII of at most ``PackedASCII/capacity`` bytes, by
    /// packed key: an ASCII word's deletions are looked up without making a string of each.
    private var packedPlaceDeletions: [PackedASCII: [(name: String, id: String)]] = [:]

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

    /// Indexes a curated one-word place name for approximate matching.
    mutating func addApproximatePlace(_ name: String, id: String) {
        let tokens = NameTokenizer.tokens(of: name).map(\.folded)
        guard tokens.count == 1, let word = tokens.first, word.count >= 6 else { return }
        for variant in Self.deletions(of: word, depth: 2) {
            if !(placeDeletions[variant]?.contains { $0.id == id && $0.name == word } ?? false) {
                placeDeletions[variant, default: []].append((word, id))
                if let key = PackedASCII(variant) { packedPlaceDeletions[key] = placeDeletions[variant] }
            }
        }
    }

    /// The one curated place whose name is within one edit (two for words of seven letters or more) of
    /// `word`, excluding names that `word` merely extends or shortens ("Korean", "Korea").
    func approximatePlace(_ word: String) -> String? {
        guard !placeDeletions.isEmpty else { return nil }
        let packed = PackedASCII(word)
        // An ASCII word has one character a byte.
        let limit = (packed != nil ? word.utf8.count : word.count) >= 7 ? 2 : 1
        var found: Set<String> = []
        func consider(_ candidates: [(name: String, id: String)]) {
            for candidate in candidates where !found.contains(candidate.id) {
                if candidate.name.hasPrefix(word) || word.hasPrefix(candidate.name) { continue }
                if Self.editDistance(word, candidate.name) <= limit { found.insert(candidate.id) }
            }
        }
        if packed != nil {
            // The same variants as `deletions(of:depth:)`, packed (repeats only repeat a lookup).
            PackedASCII.forEachDeletion(of: Array(word.utf8), depth: limit) { key in
                if let candidates = packedPlaceDeletions[key] { consider(candidates) }
            }
        } else {
            for variant in Self.deletions(of: word, depth: limit) {
                consider(placeDeletions[variant] ?? [])
            }
        }
        return found.count == 1 ? found.first : nil
    }

    static func deletions(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next: Set<String> = []
            for item in frontier {
                let characters = Array(item)
                for index in characters.indices {
                    var copy = characters
                    copy.remove(at: index)
                    next.insert(String(copy))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }

    /// The longest name starting at `tokens[start]`: how many tokens it spans and its candidates.
    public func longestMatch(in tokens: [NameTokenizer.Token], from start: Int) -> (
        length: Int, candidates: [Candidate]
    )? {
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

/// A short ASCII string packed into integers: a cheap dictionary key for the deletion variants of a word.
struct PackedASCII: Hashable, Sendable {
    /// The longest string that can be packed.
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var length: UInt8 = 0

    private init() {}

    /// `string` packed; `nil` unless it is ASCII of at most ``capacity`` bytes.
    init?(_ string: String) {
        guard string.utf8.count <= Self.capacity else { return nil }
        for byte in string.utf8 {
            guard byte < 0x80 else { return nil }
            append(byte)
        }
    }

    private mutating func append(_ byte: UInt8) {
        let shift = UInt64(length % 8) * 8
        if length < 8 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << shift }
        length += 1
    }

    /// Calls `body` with `bytes` (ASCII, at most ``capacity``) and every string made by deleting one
    /// byte, and, for `depth` 2, two bytes: the variants of ``NameIndex/deletions(of:depth:)``.
    static func forEachDeletion(of bytes: [UInt8], depth: Int, _ body: (PackedASCII) -> Void) {
        func packed(skipping first: Int, _ second: Int) -> PackedASCII {
            var key = PackedASCII()
            for (index, byte) in bytes.enumerated() where index != first && index != second { key.append(byte) }
            return key
        }
        body(packed(skipping: -1, -1))
        guard depth >= 1 else { return }
        for first in bytes.indices {
            body(packed(skipping: first, -1))
            guard depth >= 2 else { continue }
            for second in (first + 1)..<bytes.count { body(packed(skipping: first, second)) }
        }
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
        tokens(of: UTF16Text.units(of: text))
    }

    /// The tokens of UTF-16 `units`.
    public static func tokens(of units: [UInt16]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(units.count / 5)
        // The folded token as UTF-8 (the bytes of the folded characters, in order).
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        var foldedIsASCII = true
        var start = -1
        var end = 0
        var capitalised = false
        var allCaps = true
        func flush() {
            if start >= 0 && !folded.isEmpty {
                result.append(
                    Token(
                        folded: foldedToken(folded, isASCII: foldedIsASCII), range: start..<end,
                        isCapitalised: capitalised, isAllCaps: allCaps))
            }
            folded.removeAll(keepingCapacity: true)
            foldedIsASCII = true
            start = -1
            allCaps = true
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            // ASCII fast path: no Unicode property lookups for the common case.
            if unit < 0x80 {
                let isUpper = unit >= 0x41 && unit <= 0x5A
                let isLower = unit >= 0x61 && unit <= 0x7A
                let isDigit = unit >= 0x30 && unit <= 0x39
                if isUpper || isLower || isDigit {
                    if start < 0 {
                        start = index
                        capitalised = isUpper || isDigit
                    }
                    if isLower { allCaps = false }
                    folded.append(UInt8(isUpper ? unit + 0x20 : unit))
                    end = index + 1
                    index += 1
                    continue
                }
            }
            if unit >= 0x80, let scalar = Unicode.Scalar(unit), isWordCharacter(scalar) {
                if start < 0 {
                    start = index
                    capitalised = scalar.properties.isUppercase || ("0"..."9").contains(scalar)
                }
                if scalar.properties.isLowercase { allCaps = false }
                let foldedScalar = fold(scalar)
                folded.append(contentsOf: foldedScalar.utf8)
                if !foldedScalar.utf8.allSatisfy({ $0 < 0x80 }) { foldedIsASCII = false }
                end = index + 1
            } else if (unit == 0x5B || unit == 0x5D) && start >= 0 && index + 1 < units.count,
                let next = Unicode.Scalar(units[index + 1]), isWordCharacter(next)
            {
                // "com[munist]": the bracket does not end the word.
            } else if (unit == 0x27 || unit == 0x2019 || unit == 0x2BC) && start >= 0
                && !isPossessive(units, apostrophe: index),
                index + 1 < units.count, let next = Unicode.Scalar(units[index + 1]), next.properties.isAlphabetic
            {
                // A soft sign in a transliteration ("Savel'yev", "Lavrent’yev") is inside the word;
                // a possessive ("Korea’s") is not.
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return result
    }

    /// The folded token from its UTF-8 bytes, with ``normaliseEnding(_:)`` applied. ASCII tokens (one byte
    /// a character) are normalised on the bytes, which gives the same string without Character counting.
    private static func foldedToken(_ bytes: [UInt8], isASCII: Bool) -> String {
        guard isASCII else { return normaliseEnding(String(decoding: bytes, as: UTF8.self)) }
        let count = bytes.count
        if count > 4 {
            let last = bytes[count - 1]
            let beforeLast = bytes[count - 2]
            // -iy, -ii, -yy → -y
            if (beforeLast == 0x69 && (last == 0x79 || last == 0x69)) || (beforeLast == 0x79 && last == 0x79) {
                return String(decoding: bytes[0..<(count - 2)], as: UTF8.self) + "y"
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "’s" or "’" closing a word.
    static func isPossessive(_ units: [UInt16], apostrophe index: Int) -> Bool {
        let next = index + 1
        guard next < units.count else { return true }
        guard units[next] == 0x73 || units[next] == 0x53 else { return false }
        let after = next + 1
        guard after < units.count, let scalar = Unicode.Scalar(units[after]) else { return true }
        return !isWordCharacter(scalar)
    }

    /// Russian transliteration endings folded together: -skiy, -skii, -skyy → -sky; -iy, -ii, -yy → -y.
    static func normaliseEnding(_ token: String) -> String {
        guard token.count > 4 else { return token }
        for ending in ["iy", "ii", "yy"] where token.hasSuffix(ending) {
            return String(token.dropLast(2)) + "y"
        }
        return token
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// ``foldUncached(_:)`` of the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF), worked
    /// out once: names in the corpus are full of them, and decomposing a scalar is slow.
    private static let foldedLatin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            if let scalar = Unicode.Scalar(UInt32(value)) { table[scalar.value] = foldUncached(scalar) }
        }
        return table
    }()

    /// Lower case, diacritics dropped (ó → o, ŏ → o).
    static func fold(_ scalar: Unicode.Scalar) -> String {
        if let folded = foldedLatin[scalar.value] { return folded }
        return foldUncached(scalar)
    }

    private static func foldUncached(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII {
            let value = scalar.value
            let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
            return String(Character(Unicode.Scalar(UInt8(lower))))
        }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.first { $0.properties.isAlphabetic } ?? scalar
        return String(Character(base)).lowercased()
    }
}
